namespace Portal.Domain.Calendar;

/// <summary>One span of office time within a day; a day split around a break has two.</summary>
public sealed record OfficeWindow(TimeOnly Open, TimeOnly Close)
{
    public int Minutes => (int)(Close - Open).TotalMinutes;
}

/// <summary>The office's opening windows per weekday. A weekday without windows is closed.</summary>
public sealed class OfficeHours
{
    private readonly IReadOnlyDictionary<DayOfWeek, IReadOnlyList<OfficeWindow>> _windows;

    public OfficeHours(IEnumerable<(DayOfWeek Day, OfficeWindow Window)> windows)
    {
        _windows = windows
            .GroupBy(w => w.Day)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<OfficeWindow>)g.Select(w => w.Window).OrderBy(w => w.Open).ToList());
        foreach (var (day, list) in _windows)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Close <= list[i].Open)
                    throw new ArgumentException($"Jam kerja {day}: jam tutup {list[i].Close} harus setelah jam buka {list[i].Open}.");
                if (i > 0 && list[i].Open < list[i - 1].Close)
                    throw new ArgumentException($"Jam kerja {day}: jendela {list[i - 1].Open}-{list[i - 1].Close} dan {list[i].Open}-{list[i].Close} bertumpuk.");
            }
        }
    }

    /// <summary>Perpres 21/2023 default: Monday–Thursday 07:30–16:00, Friday 07:30–16:30.</summary>
    public static OfficeHours Default { get; } = new(
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday }
            .Select(d => (d, new OfficeWindow(new TimeOnly(7, 30), new TimeOnly(16, 0))))
            .Append((DayOfWeek.Friday, new OfficeWindow(new TimeOnly(7, 30), new TimeOnly(16, 30)))));

    public IReadOnlyList<OfficeWindow> On(DayOfWeek day) =>
        _windows.TryGetValue(day, out var list) ? list : [];

    /// <summary>The working time of the office's most usual day (the longest, where days are equally common): one "hari kerja".</summary>
    public TimeSpan UsualDay => _windows.Values
        .Select(list => list.Aggregate(TimeSpan.Zero, (sum, w) => sum + (w.Close - w.Open)))
        .GroupBy(length => length)
        .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key)
        .Select(g => g.Key).FirstOrDefault();

    public IEnumerable<(DayOfWeek Day, OfficeWindow Window)> All =>
        _windows.SelectMany(kv => kv.Value.Select(w => (kv.Key, w)));
}
