namespace Bench;

/// <summary>One command: <c>dotnet run -c Release --project bench</c> (add <c>quick</c> for a smaller, faster run).</summary>
internal static class BenchProgram
{
    public static async Task Main(string[] args)
    {
        // The portal sets Indonesian culture process-wide; the table is read by engineers, in invariant numbers.
        System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        var quick = args.Contains("quick");
        var rows = new List<Row>();
        if (args.Contains("survei"))
        {
            rows.AddRange(await SurveyFloodBench.RunAsync(flooders: 8, duration: TimeSpan.FromSeconds(quick ? 5 : 15)));
            Print(rows, quick);
            return;
        }
        if (args.Contains("sirkuit"))
        {
            rows.AddRange(await CircuitBench.RunAsync(circuits: quick ? 20 : 200));
            Print(rows, quick);
            return;
        }
        Console.Error.WriteLine("Sapuan tenggat…");
        rows.AddRange(await SweepBench.RunAsync(cases: quick ? 10_000 : 100_000, stepsPerCase: 10, dueNow: 100));
        Console.Error.WriteLine("Papan seksi…");
        rows.AddRange(await KanbanBench.RunAsync(cases: 5_000));
        Console.Error.WriteLine("Dorongan langsung…");
        rows.AddRange(await PushBench.RunAsync(quick ? [50] : [50, 200, 500]));
        Console.Error.WriteLine("Banjir survei…");
        rows.AddRange(await SurveyFloodBench.RunAsync(flooders: 8, duration: TimeSpan.FromSeconds(quick ? 5 : 15)));
        Console.Error.WriteLine("Sirkuit Blazor…");
        rows.AddRange(await CircuitBench.RunAsync(circuits: quick ? 20 : 200));

        Print(rows, quick);
    }

    private static void Print(IReadOnlyList<Row> rows, bool quick)
    {
        Console.WriteLine();
        Console.WriteLine($"DinsosPortal benchmark — {Environment.ProcessorCount} inti, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC{(quick ? " (quick)" : "")}");
        Console.WriteLine();
        Console.WriteLine("| Ukuran | Hasil | Target | Tercapai |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var r in rows)
            Console.WriteLine($"| {r.Measure} | {r.Result} | {r.Target} | {(r.Met is null ? "" : r.Met.Value ? "ya" : "TIDAK")} |");
    }
}
