using System.Text.Json;

namespace Bench;

/// <summary>
/// One command: <c>dotnet run -c Release --project bench</c>; add <c>quick</c> for a smaller, faster run, one
/// or more section names (<see cref="Sections"/>) to run only those, and <c>sqlite</c> to leave out the PostgreSQL column.
/// </summary>
internal static class BenchProgram
{
    private static readonly (string Name, string Title, Func<BenchOptions, Task<IReadOnlyList<Row>>> Run)[] Sections =
    [
        ("sapuan", "Sapuan tenggat", o => Row.OnBothEnginesAsync(o, pg => SweepBench.RunAsync(cases: o.Quick ? 10_000 : 100_000, stepsPerCase: 10, dueNow: 100, pg))),
        ("tenggat", "Tenggat tepat waktu", _ => DueInstantBench.RunAsync(samples: 20)),
        ("papan", "Papan seksi", o => Row.OnBothEnginesAsync(o, pg => KanbanBench.RunAsync(cases: 5_000, pg))),
        ("dorongan", "Dorongan langsung", o => PushBench.RunAsync(o.Quick ? [50] : [50, 200, 500])),
        ("survei", "Banjir survei", o => SurveyFloodBench.RunAsync(flooders: 8, duration: TimeSpan.FromSeconds(o.Quick ? 5 : 15))),
        ("sebaran", "Sebaran ke papan terbuka (Chromium)", o => Row.OnBothEnginesAsync(o, pg => FanOutBench.RunAsync(circuits: o.Quick ? 30 : 200, burstSeconds: o.Quick ? 10 : 30, pg, TabDriver.Chromium))),
        ("sebaran-jsdom", "Sebaran ke papan terbuka (sirkuit jsdom)", o => Row.OnBothEnginesAsync(o, pg => FanOutBench.RunAsync(circuits: o.Quick ? 30 : 200, burstSeconds: o.Quick ? 10 : 30, pg, TabDriver.Jsdom))),
        ("sirkuit", "Sirkuit Blazor", o => CircuitBench.RunAsync(circuits: o.Quick ? 20 : 200)),
    ];

    public static async Task Main(string[] args)
    {
        // The portal sets Indonesian culture process-wide; the table is read by engineers, in invariant numbers.
        System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        var quick = args.Contains("quick");
        var options = new BenchOptions(quick, SqliteOnly: args.Contains("sqlite"));
        var chosen = Sections.Where(s => args.Contains(s.Name)).ToList();
        if (chosen.Count == 0) chosen = Sections.ToList();
        var rows = new List<(string Section, Row Row)>();
        foreach (var (name, title, run) in chosen)
        {
            Console.Error.WriteLine($"{title}…");
            rows.AddRange((await run(options)).Select(r => (name, r)));
        }
        Print(rows.Select(r => r.Row).ToList(), quick);
        await SaveAsync(rows, quick);
    }

    private static void Print(IReadOnlyList<Row> rows, bool quick)
    {
        Console.WriteLine();
        Console.WriteLine($"DinsosPortal benchmark — {Environment.ProcessorCount} inti, {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC{(quick ? " (quick)" : "")}");
        Console.WriteLine();
        Console.WriteLine("| Ukuran | Hasil (SQLite) | PostgreSQL | Target | Tercapai |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var r in rows)
            Console.WriteLine($"| {r.Measure} | {r.Result} | {r.Postgres} | {r.Target} | {(r.Met is null ? "" : r.Met.Value ? "ya" : "TIDAK")} |");
    }

    private sealed record SavedRow(string Bagian, string Tanggal, int Inti, bool Cepat, string Ukuran, string Hasil, string? Postgresql, string Target, bool? Tercapai);

    private sealed record SavedTable(string Tanggal, double MemoriGiB, IReadOnlyList<SavedRow> Baris);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// bench/results/latest.json: the table with the machine and the date of each row, so runs can be compared. A run
    /// of some sections replaces their rows and keeps the other sections' last figures, in the sections' order.
    /// </summary>
    private static async Task SaveAsync(IReadOnlyList<(string Section, Row Row)> rows, bool quick)
    {
        var folder = Path.Combine(Repo.Root, "bench", "results");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "latest.json");
        var now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mmZ", System.Globalization.CultureInfo.InvariantCulture);
        var ran = rows.Select(r => r.Section).ToHashSet();
        var kept = File.Exists(path) ? Kept(await File.ReadAllTextAsync(path)).Where(r => !ran.Contains(r.Bagian)) : [];
        var order = Sections.Select(s => s.Name).ToList();
        var table = new SavedTable(now, Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024, 1),
            kept.Concat(rows.Select(r => new SavedRow(r.Section, now, Environment.ProcessorCount, quick, r.Row.Measure, r.Row.Result, r.Row.Postgres, r.Row.Target, r.Row.Met)))
                .OrderBy(r => order.IndexOf(r.Bagian)).ToList());
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(table, Json));
        Console.Error.WriteLine($"Tabel disimpan di {path}");
    }

    /// <summary>The rows of an earlier table; one written before rows named their section is not kept.</summary>
    private static IEnumerable<SavedRow> Kept(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<SavedTable>(json, Json)?.Baris.Where(r => r.Bagian is not null) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
