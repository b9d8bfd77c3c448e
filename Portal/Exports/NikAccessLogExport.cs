using Portal.Clients;
using Portal.Domain.Cases;
using Portal.Offices;
using Portal.Reports;

namespace Portal.Exports;

/// <summary>
/// The whole NIK access log (years of it, in a busy office) as a workbook, read in batches so the screen can show
/// how far it has come and the admin can stop it.
/// </summary>
public sealed class NikAccessLogExport(NikAccessLogQueries log, OfficeCalendars calendars)
{
    public const int Batch = 1000;

    public static readonly string[] Columns = ["Waktu", "Petugas", "Klien", "Nomor kasus", "SOP"];

    public async Task<byte[]> WorkbookAsync(Actor actor, NikAccessFilter filter, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        var zone = (await calendars.ForOfficeAsync(actor.OfficeId, ct)).TimeZone;
        var total = await log.CountAsync(actor, filter, ct);
        var rows = new List<object?[]>(total);
        while (rows.Count < total)
        {
            var batch = await log.PageAsync(actor, filter, rows.Count, Batch, ct);
            if (batch.Count == 0) break; // rows removed while reading: what was read is complete up to here
            rows.AddRange(batch.Select(a => new object?[] { Components.Shared.Format.Cell(a.At, zone), a.Petugas, a.Klien, a.Nomor, a.SopNama }));
            progress?.Report(total == 0 ? 1 : (double)rows.Count / total);
        }
        var table = new ReportTable("Akses NIK", "Catatan akses NIK lengkap", null, Columns, rows);
        return await ReportWorkbook.WriteAsync(["Catatan akses NIK lengkap", $"Diunduh oleh {actor.Name}"], [table], ct);
    }
}
