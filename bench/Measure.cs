using System.Diagnostics;

namespace Bench;

internal sealed record Row(string Measure, string Result, string Target, bool? Met)
{
    /// <summary>The same measure on PostgreSQL, same seeded data (sections that run on both engines).</summary>
    public string? Postgres { get; init; }

    /// <summary>Runs a section on SQLite, then on PostgreSQL, and puts the second's results beside the first's.</summary>
    public static async Task<IReadOnlyList<Row>> OnBothEnginesAsync(BenchOptions options, Func<bool, Task<IReadOnlyList<Row>>> run)
    {
        var sqlite = await run(false);
        if (options.SqliteOnly) return sqlite;
        var postgres = await run(true);
        // A target is met only where it is met on both engines.
        return sqlite.Zip(postgres, (s, p) => s with { Postgres = p.Result, Met = s.Met is { } met ? met && p.Met != false : null }).ToList();
    }
}

/// <summary>What the command line chose: a smaller run, and whether the two-engine sections skip PostgreSQL.</summary>
internal sealed record BenchOptions(bool Quick, bool SqliteOnly);

internal static class Measure
{
    public static async Task<double> MedianMsAsync(int runs, Func<Task> action)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await action();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return Percentile(times, 0.5);
    }

    public static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public static string Ms(double ms) => ms >= 100
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ms:N0} ms")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ms:N1} ms");
}
