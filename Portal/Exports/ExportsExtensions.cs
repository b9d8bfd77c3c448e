using Portal.Cases;
using Portal.Dashboard;
using Portal.Deadlines;
using Portal.Domain.Sops;
using Portal.Offices;
using Portal.Reports;
using Portal.Identity;

namespace Portal.Exports;

public static class ExportsExtensions
{
    public static IHostApplicationBuilder AddExports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CaseListExport>();
        builder.Services.AddSingleton<NikAccessLogExport>();
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

        // The dashboard's tables over the same period as on screen (hari=7|30|90|365).
        app.MapGet("/dasbor/ekspor.xlsx", async (HttpContext http, DashboardQueries dashboard, CaseQueries cases, OfficeCalendars calendars, TimeProvider clock, int? hari) =>
        {
            var actor = http.User.ToActor()!;
            var days = Math.Clamp(hari ?? 30, 1, 7 * DashboardQueries.MaxWeeks);
            var data = await dashboard.LoadAsync(actor, clock.GetUtcNow().AddDays(-days), http.RequestAborted);
            var late = await cases.ListAsync(actor, new CaseFilter(LateOnly: true), http.RequestAborted);
            var calendar = await calendars.ForOfficeAsync(actor.OfficeId, http.RequestAborted);
            var heading = new[] { "Dasbor Kepala Bidang", $"Periode: {days} hari terakhir", $"Diunduh {Components.Shared.Format.Moment(clock.GetUtcNow(), calendar.TimeZone)} oleh {actor.Name}" };
            return Results.File(await ReportWorkbook.WriteAsync(heading, DashboardTables.Of(data, late, calendar), http.RequestAborted),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"dasbor-{days}-hari-{DateTime.UtcNow:yyyyMMdd}.xlsx");
        }).RequireAuthorization(IdentityExtensions.LeadersPolicy);

        // The open monev visits the signed-in role sees on Tugas Saya.
        app.MapGet("/monev/ekspor.xlsx", async (HttpContext http, MonevService monev, OfficeCalendars calendars, TimeProvider clock) =>
        {
            var actor = http.User.ToActor()!;
            var tasks = await monev.OpenForAsync(actor, http.RequestAborted);
            var zone = (await calendars.ForOfficeAsync(actor.OfficeId, http.RequestAborted)).TimeZone;
            var now = clock.GetUtcNow();
            var table = new ReportTable("Monev", "Monitoring dan evaluasi", null, ["Kegiatan", "Dikerjakan oleh", "Jatuh tempo", "Status"],
                tasks.Select(t => new object?[] { t.Title, t.Role.Label(), Components.Shared.Format.Day(t.DueAt, zone), t.DueAt <= now ? "Terlewat" : "Belum jatuh tempo" }).ToList());
            return Results.File(await ReportWorkbook.WriteAsync(["Monitoring dan evaluasi", $"Diunduh oleh {actor.Name}"], [table], http.RequestAborted),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"monev-{DateTime.UtcNow:yyyyMMdd}.xlsx");
        }).RequireAuthorization(IdentityExtensions.StaffPolicy);
        return app;
    }
}
