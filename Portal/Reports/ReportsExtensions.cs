using Portal.Domain;
using Portal.Domain.Reports;
using Portal.Identity;

namespace Portal.Reports;

public static class ReportsExtensions
{
    /// <summary>The rekap bulanan and the SPM report of an office: computed, laid out as tables, written as .xlsx and PDF.</summary>
    public static IHostApplicationBuilder AddReports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MonthlyReportQuery>();
        builder.Services.AddSingleton<MonthlyReportFiles>();
        return builder;
    }

    /// <summary>The report files for the office's leaders: <c>/laporan/bulanan.xlsx?bulan=2026-11&amp;seksi=…</c> and <c>.pdf</c>.</summary>
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/laporan").RequireAuthorization(IdentityExtensions.LeadersPolicy);
        foreach (var format in new[] { "xlsx", "pdf" })
        {
            group.MapGet($"/bulanan.{format}", async (HttpContext http, MonthlyReportFiles files, string? bulan, string? seksi) =>
            {
                if (ReportMonth.Parse(bulan) is not { } month) return Results.Problem(
                    $"Bulan '{bulan}' tidak dikenali; tulis tahun dan bulan seperti 2026-11.", statusCode: StatusCodes.Status400BadRequest, title: "Bulan laporan tidak sah");
                var actor = http.User.ToActor()!;
                try
                {
                    return format == "pdf"
                        ? Results.File(await files.PdfAsync(actor, month, seksi, http.RequestAborted), "application/pdf", MonthlyReportFiles.FileName(month, seksi, "pdf"))
                        : Results.File(await files.WorkbookAsync(actor, month, seksi, http.RequestAborted),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MonthlyReportFiles.FileName(month, seksi, "xlsx"));
                }
                catch (DomainRuleException e)
                {
                    return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Laporan tidak dapat dibuat");
                }
            });
        }
        return app;
    }
}
