using MiniExcelLibs;
using Portal.Cases;
using Portal.Clients;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Offices;

namespace Portal.Exports;

/// <summary>
/// The case list as a spreadsheet, with the same filter as the screen and its Indonesian headers. The client
/// column is what the screen shows (name with masked NIK) unless full NIKs are asked for; then they are given only
/// where a reveal would be (cases whose SOP the role works), each logged as a reveal: an export is never a way
/// round the NIK rule.
/// </summary>
public sealed class CaseListExport(CaseQueries queries, ClientRegistry clients, OfficeCalendars calendars)
{
    public static readonly string[] Headers = ["Nomor kasus", "Klien", "SOP", "Langkah", "Uraian langkah", "Petugas", "Mulai", "Batas waktu", "Status waktu"];

    public async Task<IReadOnlyList<Dictionary<string, object?>>> RowsAsync(Actor actor, CaseFilter filter, bool fullNik = false, CancellationToken ct = default)
    {
        var calendar = await calendars.ForOfficeAsync(actor.OfficeId, ct);
        var cards = await queries.ListAsync(actor, filter, ct);
        var revealed = fullNik ? await clients.RevealForExportAsync(actor, cards.Select(c => (c.CaseId, c.SopRevisionId)).ToList(), ct) : new Dictionary<Guid, string>();
        return Rows(cards, calendar, revealed);
    }

    /// <summary>Cards already on a screen (the kanban board after its own filters), as the spreadsheet's rows.</summary>
    public static IReadOnlyList<Dictionary<string, object?>> Rows(IEnumerable<StepCard> cards, WorkingCalendar calendar, IReadOnlyDictionary<Guid, string>? revealed = null)
    {
        string Moment(DateTimeOffset at) => Components.Shared.Format.Cell(at, calendar.TimeZone);
        return cards.Select(c => new Dictionary<string, object?>
        {
            [Headers[0]] = c.Nomor,
            [Headers[1]] = revealed?.GetValueOrDefault(c.CaseId) ?? c.Klien,
            [Headers[2]] = c.SopNama,
            [Headers[3]] = c.StepNo,
            [Headers[4]] = c.Uraian,
            [Headers[5]] = c.Assignee ?? "Belum ditugaskan",
            [Headers[6]] = Moment(c.StartedAt),
            [Headers[7]] = c.DueAt is { } due ? Moment(due) : "tanpa batas",
            [Headers[8]] = c.Deadline.Describe(),
        }).ToList();
    }

    public async Task WriteAsync(Actor actor, CaseFilter filter, bool fullNik, Stream output, CancellationToken ct = default)
    {
        var bytes = await WorkbookAsync(await RowsAsync(actor, filter, fullNik, ct), ct);
        await output.WriteAsync(bytes, ct);
    }

    public static async Task<byte[]> WorkbookAsync(IReadOnlyList<Dictionary<string, object?>> rows, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        // An empty list still gets its header row, so the file says what it would hold.
        if (rows.Count == 0) await buffer.SaveAsAsync(new[] { Headers.ToDictionary(h => h, _ => (object?)null) }, sheetName: "Kasus", cancellationToken: ct);
        else await buffer.SaveAsAsync(rows, sheetName: "Kasus", cancellationToken: ct);
        return buffer.ToArray();
    }
}
