using Portal.Cases;
using Portal.Identity;

namespace Portal.Exports;

public static class ExportsExtensions
{
    public static IHostApplicationBuilder AddExports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CaseListExport>();
        return builder;
    }

    /// <summary>Spreadsheets of the lists on screen, for signed-in staff of the office, with the screen's filter in the query.</summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        // nik=lengkap: full NIKs where the role may reveal them, each logged (CaseListExport).
        app.MapGet("/kasus/ekspor.xlsx", async (HttpContext http, CaseListExport export, string? sop, int? langkah, bool? terlambat, bool? menunggu, string? petugas, string? nik) =>
        {
            var actor = http.User.ToActor()!;
            var fullNik = nik == "lengkap";
            http.Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"daftar-kasus{(fullNik ? "-nik-lengkap" : "")}-{DateTime.UtcNow:yyyyMMdd}.xlsx\"";
            await export.WriteAsync(actor, new CaseFilter(sop, langkah, terlambat == true, menunggu == true, petugas), fullNik, http.Response.Body, http.RequestAborted);
        }).RequireAuthorization(IdentityExtensions.StaffPolicy);
        return app;
    }
}
