using MiniExcelLibs;
using Portal.Reports;

namespace Portal.Tests.Support;

public static class Workbooks
{
    /// <summary>The downloaded workbook holds each table on its own sheet, headers and cells as the screen shows them.</summary>
    public static async Task AssertHoldsAsync(byte[] workbook, IReadOnlyList<ReportTable> tables)
    {
        await using var file = new MemoryStream(workbook);
        Assert.Equal(["Keterangan", .. tables.Select(t => t.Sheet)], file.GetSheetNames());
        foreach (var table in tables)
        {
            var rows = (await file.QueryAsync(useHeaderRow: true, sheetName: table.Sheet)).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(table.Columns, rows[0].Keys);
            var expected = table.Rows.Select(r => r.Select(ReportTable.Text).ToList()).ToList();
            var read = rows.Take(table.Rows.Count).Select(r => r.Values.Select(ReportTable.Text).ToList()).ToList();
            Assert.Equal(expected, read);
        }
    }
}
