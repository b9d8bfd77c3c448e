using System.Globalization;

namespace Portal.Reports;

/// <summary>
/// One table of a report, as the screen, the spreadsheet and the PDF all show it: the same titles, columns and
/// cells, so the three cannot disagree. Cells are numbers (int or double) or text; null is an empty cell.
/// </summary>
public sealed record ReportTable(string Sheet, string Title, string? Note, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>Relative width of each column in print: the first (a name) gets the room the numbers don't need.</summary>
    public IReadOnlyList<double> Widths { get; init; } = [];

    /// <summary>
    /// A column whose repeated value (the SOP) is printed once as a heading over its rows on screen and paper; the
    /// spreadsheet keeps it in every row, where it filters.
    /// </summary>
    public int? GroupColumn { get; init; }

    /// <summary>The columns screen and paper show: not the group column, not those of print width 0.</summary>
    public IReadOnlyList<int> Shown => Enumerable.Range(0, Columns.Count)
        .Where(i => i != GroupColumn && (Widths.Count == 0 || Widths[i] > 0)).ToList();

    /// <summary>Rows in runs of the same group value (one run with a null heading when the table is not grouped).</summary>
    public IEnumerable<(string? Heading, IReadOnlyList<object?[]> Rows)> Groups()
    {
        if (GroupColumn is not { } g)
        {
            yield return (null, Rows);
            yield break;
        }
        var run = new List<object?[]>();
        foreach (var row in Rows)
        {
            if (run.Count > 0 && !Equals(run[0][g], row[g]))
            {
                yield return (Text(run[0][g]), run);
                run = [];
            }
            run.Add(row);
        }
        if (run.Count > 0) yield return (Text(run[0][g]), run);
    }

    /// <summary>A cell as a person reads it: "66,7" with the Indonesian decimal comma (as rounded by the table), "–" for nothing.</summary>
    public static string Text(object? cell) => cell switch
    {
        null => "–",
        double d => d.ToString("0.###", Indonesian),
        IFormattable f => f.ToString(null, Indonesian),
        _ => cell.ToString() ?? "",
    };

    /// <summary>A share as a percentage cell, one decimal: 0.6667 → 66.7; null stays empty.</summary>
    public static double? Percent(double? share) => share is { } s ? Math.Round(s * 100, 1) : null;

    /// <summary>The rows as the spreadsheet writes them, keyed by column (with the header row alone when there are none).</summary>
    public IReadOnlyList<Dictionary<string, object?>> SheetRows()
    {
        var rows = Rows.Select(r => Columns.Select((c, i) => (c, r[i])).ToDictionary(x => x.c, x => x.Item2)).ToList();
        return rows.Count > 0 ? rows : [Columns.ToDictionary(c => c, _ => (object?)null)];
    }
}
