using Portal.Domain.Complaints;
using Portal.Reports;

namespace Portal.Complaints;

/// <summary>The complaint list as a spreadsheet table: the rows and filter on screen.</summary>
public static class ComplaintTable
{
    public static ReportTable Of(IReadOnlyList<ComplaintRow> rows, TimeZoneInfo zone) =>
        new("Pengaduan", "Pengaduan, saran dan masukan", null,
            ["Nomor", "Diterima", "Saluran", "Pelapor", "Layanan", "Status", "Batas tindak lanjut", "Selesai", "Terlambat"],
            rows.Select(p => new object?[]
            {
                p.Nomor, Components.Shared.Format.Cell(p.DiterimaPada, zone), p.Saluran.Label(), p.Pelapor, p.SpKode, p.Status.Label(),
                Components.Shared.Format.Cell(p.DueAt, zone), p.ClosedAt is { } c ? Components.Shared.Format.Cell(c, zone) : null, p.Terlambat ? "ya" : "tidak",
            }).ToList());
}
