using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Identity;

namespace Portal.Skm;

public static class SkmExtensions
{
    public const string RateLimit = "survei";

    /// <summary>A filled questionnaire is a few kilobytes; anything far larger is not one.</summary>
    public const long MaxRequestBytes = 32 * 1024;

    /// <summary>
    /// The SKM: the public survey's store and its protections (a per-address limit on questionnaires sent; GETs are
    /// not counted, so a person can open the page as often as they like).
    /// </summary>
    public static IHostApplicationBuilder AddSkm(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SkmOptions>().Bind(builder.Configuration.GetSection(SkmOptions.Section))
            .Validate(o => o.PermitPerAddress > 0, "Skm:PermitPerAddress harus lebih dari 0.")
            .Validate(o => o.MinFillSeconds >= 0, "Skm:MinFillSeconds tidak boleh negatif.")
            .ValidateOnStart();
        builder.Services.AddSingleton<SkmSurveys>();
        builder.Services.AddSingleton<IkmQueries>();
        builder.Services.Configure<RateLimiterOptions>(o => o.AddPolicy<string, SurveyRateLimit>(RateLimit));
        return builder;
    }

    /// <summary>
    /// The survey's QR code as SVG, for the card at the service desk: the leaders of the office print it. The address
    /// is absolute, built from the request, so it points at this portal however it is reached.
    /// </summary>
    public static IEndpointRouteBuilder MapSkm(this IEndpointRouteBuilder app)
    {
        app.MapGet("/skm/qr/{sp}.svg", async (HttpContext http, IkmQueries queries, string sp) =>
        {
            var actor = http.User.ToActor()!;
            var kantor = (await queries.StandardsAsync(actor, http.RequestAborted)).Any(s => s.Kode == sp) ? await queries.OfficeKodeAsync(actor, http.RequestAborted) : null;
            if (kantor is null) return Results.NotFound();
            return Results.Text(QrSvg(SurveyUrl(http.Request, kantor, sp)), "image/svg+xml");
        }).RequireAuthorization(IdentityExtensions.LeadersPolicy);

        // The printable IKM report of one Standar Pelayanan over [dari, sampai] (office days, yyyy-MM-dd).
        app.MapGet("/skm/laporan.pdf", async (HttpContext http, IkmQueries queries, Microsoft.Extensions.Options.IOptions<Documents.DocumentOptions> documents,
            string sp, DateOnly dari, DateOnly sampai) =>
        {
            var actor = http.User.ToActor()!;
            if (sampai < dari) return Results.Problem("Tanggal akhir tidak boleh sebelum tanggal awal.", statusCode: StatusCodes.Status400BadRequest, title: "Periode tidak sah");
            var report = (await queries.LoadAsync(actor, dari, sampai, http.RequestAborted)).SingleOrDefault(r => r.SpKode == sp);
            if (report is null) return Results.NotFound();
            Documents.PdfSetup.UseLicense(documents.Value.PdfSharpLicense);
            var kantor = await queries.OfficeNamaAsync(actor, http.RequestAborted);
            var pdf = Reports.ReportPdf.Render(
                [$"Laporan Survei Kepuasan Masyarakat", kantor, report.SpNama, $"Periode {dari:dd-MM-yyyy} s.d. {sampai:dd-MM-yyyy} · {report.Ikm.Responden} responden"],
                IkmTables.Of(report), $"DinsosPortal · {kantor} · SKM {report.SpNama}");
            return Results.File(pdf, "application/pdf", $"skm-{sp}-{dari:yyyyMMdd}-{sampai:yyyyMMdd}.pdf");
        }).RequireAuthorization(IdentityExtensions.LeadersPolicy);
        return app;
    }

    public static string SurveyUrl(HttpRequest request, string kantor, string sp) => $"{request.Scheme}://{request.Host}{request.PathBase}/survei/{kantor}/{sp}";

    public static string QrSvg(string url)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCoder.QRCodeGenerator.ECCLevel.M);
        return new QRCoder.SvgQRCode(data).GetGraphic(8);
    }

    /// <summary>What a person who sent too many questionnaires sees: a page in Indonesian, not an error code.</summary>
    public static async Task TooManyAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync("""
            <!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Terlalu banyak kiriman</title></head><body style="font-family: sans-serif; margin: 2rem; font-size: 1.1rem">
            <h1>Terlalu banyak kiriman</h1><p>Dari alamat ini sudah banyak jawaban survei yang masuk. Coba lagi sepuluh menit lagi.</p>
            </body></html>
            """);
    }
}

/// <summary>Questionnaires sent per address per ten minutes; opening the page is not counted. Past it, a page in Indonesian.</summary>
internal sealed class SurveyRateLimit(Microsoft.Extensions.Options.IOptions<SkmOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) => new ValueTask(SkmExtensions.TooManyAsync(context.HttpContext));

    public RateLimitPartition<string> GetPartition(HttpContext http) => !HttpMethods.IsPost(http.Request.Method)
        ? RateLimitPartition.GetNoLimiter("baca")
        : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "?",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = options.Value.PermitPerAddress, Window = TimeSpan.FromMinutes(10) });
}
