using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Portal.Skm;

public static class SkmExtensions
{
    public const string RateLimit = "survei";

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
        builder.Services.Configure<RateLimiterOptions>(o => o.AddPolicy(RateLimit, http =>
        {
            if (!HttpMethods.IsPost(http.Request.Method)) return RateLimitPartition.GetNoLimiter("baca");
            var permits = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SkmOptions>>().Value.PermitPerAddress;
            return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "?",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(10) });
        }));
        return builder;
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
