using Microsoft.Extensions.Options;
using Portal.Documents;
using Portal.Domain.Cases;
using Portal.Domain.Reports;
using Portal.Offices;

namespace Portal.Reports;

/// <summary>The rekap bulanan as the files an office sends upward: a workbook with one sheet per table, and a PDF.</summary>
public sealed class MonthlyReportFiles(MonthlyReportQuery query, OfficeCalendars calendars, IOptions<DocumentOptions> options)
{
    public static string FileName(ReportMonth month, string? seksiKode, string extension) =>
        $"rekap-bulanan-{month.Kode}{(seksiKode is null ? "" : "-" + seksiKode)}.{extension}";

    public async Task<byte[]> WorkbookAsync(Actor actor, ReportMonth month, string? seksiKode, CancellationToken ct = default)
    {
        var report = await query.LoadAsync(actor, month, seksiKode, ct);
        var zone = (await calendars.ForOfficeAsync(actor.OfficeId, ct)).TimeZone;
        return await ReportWorkbook.WriteAsync(Heading(report, actor, zone), MonthlyReportTables.Of(report), ct);
    }

    public async Task<byte[]> PdfAsync(Actor actor, ReportMonth month, string? seksiKode, CancellationToken ct = default)
    {
        var report = await query.LoadAsync(actor, month, seksiKode, ct);
        PdfSetup.UseLicense(options.Value.PdfSharpLicense);
        var zone = (await calendars.ForOfficeAsync(actor.OfficeId, ct)).TimeZone;
        return ReportPdf.Render(Heading(report, actor, zone), MonthlyReportTables.Of(report), $"DinsosPortal · {report.Kantor} · rekap {report.Bulan.Nama}");
    }

    /// <summary>Whose report, which month, and when it was taken: a month still running is counted up to that moment.</summary>
    public static IReadOnlyList<string> Heading(MonthlyReport report, Actor actor, TimeZoneInfo zone) =>
    [
        $"Rekap Bulanan Pelayanan Kasus · {report.Bulan.Nama}",
        report.Kantor,
        report.Seksi is { } seksi ? $"Seksi: {seksi}" : "Seluruh seksi",
        $"Dibuat {Components.Shared.Format.Moment(report.DibuatPada, zone)} oleh {actor.Name}"
            + (report.Bulan == ReportMonth.Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(report.DibuatPada, zone).DateTime)) ? " (bulan berjalan: angka sampai saat itu)" : ""),
    ];
}
