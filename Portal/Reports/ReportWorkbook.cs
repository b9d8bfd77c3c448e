using MiniExcelLibs;

namespace Portal.Reports;

/// <summary>Report tables as one .xlsx: an optional "Keterangan" sheet of heading lines, then one sheet per table.</summary>
public static class ReportWorkbook
{
    public static async Task<byte[]> WriteAsync(IReadOnlyList<string> heading, IReadOnlyList<ReportTable> tables, CancellationToken ct = default)
    {
        var sheets = new Dictionary<string, object>();
        if (heading.Count > 0) sheets["Keterangan"] = heading.Select(line => new Dictionary<string, object?> { [heading[0]] = line }).Skip(1).ToList();
        foreach (var table in tables) sheets[table.Sheet] = table.SheetRows();
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(sheets, cancellationToken: ct);
        return buffer.ToArray();
    }
}
