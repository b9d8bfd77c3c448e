using Portal.Domain.Documents;
using Portal.Reports;

namespace Portal.Documents;

/// <summary>The Buku Agenda Surat Keluar of a year as a spreadsheet table: the rows the register page shows.</summary>
public static class LetterRegisterTable
{
    public static ReportTable Of(int year, IReadOnlyList<LetterRow> rows, TimeZoneInfo zone) =>
        new("Agenda surat", $"Buku Agenda Surat Keluar {year}", null, ["Nomor", "Surat", "Nomor kasus", "Diterbitkan", "Oleh", "Status", "Alasan pembatalan"],
            rows.Select(l => new object?[]
            {
                l.Nomor, l.Judul, l.CaseNomor, Components.Shared.Format.Cell(l.IssuedAt, zone), l.IssuedByName,
                l.Status == LetterStatus.Dibatalkan ? "dibatalkan" : "terbit", l.VoidReason,
            }).ToList());

    public static Task<byte[]> WorkbookAsync(int year, IReadOnlyList<LetterRow> rows, TimeZoneInfo zone, CancellationToken ct = default) =>
        ReportWorkbook.WriteAsync([$"Buku Agenda Surat Keluar {year}"], [Of(year, rows, zone)], ct);
}
