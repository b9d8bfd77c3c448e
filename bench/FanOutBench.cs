using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Cases;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Identity;
using Portal.Live;

namespace Bench;

/// <summary>
/// One office with many open boards (the seksi kanban and Tugas Saya of a peksos, the kabid's dashboard, a third
/// each), drawn by Debian's Chromium or as real circuits in jsdom (<see cref="TabDriver"/>). A peksos completes steps
/// through the workflow; every page marks the last event it has drawn (<c>data-live-seq</c>), and each tab records
/// when that mark moved. Single completions first (time until
/// every tab shows it, server CPU per event), then a burst of completions at a fixed rate (how far any tab falls
/// behind, whether every tab draws the last event within 30 s, and whether every tab ends as the database is).
/// </summary>
internal static class FanOutBench
{
    private const int Singles = 20;
    private const int PerSecond = 10;

    public static async Task<IReadOnlyList<Row>> RunAsync(int circuits, int burstSeconds, bool postgres, TabDriver driver)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dinsosportal-bench", Guid.NewGuid().ToString("N"));
        // On PostgreSQL: a database of its own on the throwaway cluster, the portal's demo data loaded into it as on SQLite.
        var seeds = postgres
            ? new SeedTarget(Portal.Tests.Support.PostgresServer.Shared.ConnectionString("bench_" + Guid.NewGuid().ToString("N")[..12]), Postgres: true)
            : new SeedTarget(Path.Combine(folder, "portal.db"), Postgres: false);
        await using var portal = new BenchPortal(folder, postgres
            ? new Dictionary<string, string> { ["Database:Provider"] = "postgresql", ["ConnectionStrings:Portal"] = seeds.Connection }
            : null);
        portal.UseKestrel(0);
        portal.StartServer();
        var address = portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var (peksos, seksiId) = await PeksosAsync(portal.Services);
        var ready = await SeedReadyStepsAsync(portal, seeds, peksos.OfficeId, seksiId, Singles + burstSeconds * PerSecond);

        await using var tabs = await BenchTabs.OpenAsync(driver, address, circuits);
        Console.Error.WriteLine($"  {tabs.Kinds.Count} tab terbuka ({driver})");

        var workflow = portal.Services.GetRequiredService<CaseWorkflow>();
        var events = portal.Services.GetRequiredService<BoardEvents>();
        var sequences = new ConcurrentDictionary<Guid, long>();
        using var listen = events.Subscribe(peksos.OfficeId, e =>
        {
            // Completing a step records LangkahSelesai then LangkahDimulai: the case's one event names the last.
            if (e.CaseId is { } id) sequences.TryAdd(id, e.Sequence);
            return Task.CompletedTask;
        });
        var process = Process.GetCurrentProcess();

        // Single completions, one at a time: the time until every tab has drawn it, and the server's CPU for it.
        var workAtStart = await BrowserWork.TakeAsync(tabs);
        var everyTab = new List<double>();
        var eachTab = new List<double>();
        var cpu = new List<double>();
        foreach (var (caseId, stepId) in ready.Take(Singles))
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            await workflow.CompleteStepAsync(peksos, caseId, 1, stepId, new(null, null, null));
            await Task.Delay(1500);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            // A tab still behind after those 1.5 s is waited for (up to 10 s), not counted as never drawn.
            var shown = await DrawnByAllAsync(tabs, sequences[caseId], TimeSpan.FromSeconds(10));
            var lags = shown.Select(s => s is null ? double.PositiveInfinity : s.Value - at).ToList();
            everyTab.Add(lags.Max());
            eachTab.AddRange(lags);
        }

        // A burst at a fixed rate: the furthest any tab falls behind any event, then every tab against the database.
        var singlesWork = await BrowserWork.TakeAsync(tabs) - workAtStart;
        var burst = ready.Skip(Singles).ToList();
        var sent = new List<(Guid CaseId, long At)>();
        var saves = new List<double>();
        // BENCH_PROFIL_NODE=prefix: the Node processes' CPU and allocations over the burst, written beside prefix. Started
        // before the burst: starting a profile holds a process still for about a second.
        var nodeProfile = Environment.GetEnvironmentVariable("BENCH_PROFIL_NODE");
        if (nodeProfile is not null && tabs is JsdomTabs profiled)
        {
            await profiled.ProfileStartAsync();
            await Task.Delay(2000);
        }
        var started = Stopwatch.GetTimestamp();
        process.Refresh();
        var burstCpu = process.TotalProcessorTime;
        var machineBefore = MachineCpu();
        var gcBefore = GcSnapshot.Take();
        using var stalls = new StallProbe();
        using var redraws = new RedrawListener();
        if (tabs is JsdomTabs beforeBurst) await beforeBurst.StallsAsync();
        // BENCH_ALOKASI=1: which types the burst allocates most (sampled by the runtime every ~100 KB).
        using var sampler = Environment.GetEnvironmentVariable("BENCH_ALOKASI") is null ? null : new AllocationSampler();
        for (var i = 0; i < burst.Count; i++)
        {
            var wait = TimeSpan.FromSeconds((double)i / PerSecond) - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            var at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            await workflow.CompleteStepAsync(peksos, burst[i].CaseId, 1, burst[i].StepId, new(null, null, null));
            saves.Add(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - at);
            sent.Add((burst[i].CaseId, at));
        }
        var burstTook = Stopwatch.GetElapsedTime(started);
        if (nodeProfile is not null && tabs is JsdomTabs profiledBurst) await profiledBurst.ProfileStopAsync(nodeProfile);
        var gc = GcSnapshot.Take() - gcBefore;
        var (longestStall, longestGc, pool) = (stalls.Longest, stalls.LongestGc, stalls.MostThreadPool);
        if (sampler is not null) Console.Error.WriteLine(sampler.Top(25));
        await Task.Delay(3000);
        process.Refresh();
        burstCpu = process.TotalProcessorTime - burstCpu;
        var machine = MachineCpu();
        var machineBusy = (machine.Busy - machineBefore.Busy) / (double)(machine.Total - machineBefore.Total);
        // Then until every tab has drawn the burst's last event (or 30 s): a tab still behind is late, not dropped, and its lag counts below.
        await DrawnByAllAsync(tabs, sequences[burst[^1].CaseId], TimeSpan.FromSeconds(30));
        // Taken before the checks below, which walk every tab's DOM and hold a Node process still for a while.
        if (tabs is JsdomTabs jsdom && await jsdom.StallsAsync() is var node)
            Console.Error.WriteLine($"  jsdom sejak beruntun: jeda GC Node terpanjang {Measure.Ms(node.Gc)}; keterlambatan event loop p99 {Measure.Ms(node.LoopP99)}, maks {Measure.Ms(node.LoopMax)}");
        var burstWork = await BrowserWork.TakeAsync(tabs) - singlesWork - workAtStart;
        var worst = 0.0;
        var behind = new List<double>();
        var missing = 0;
        var byKind = new Dictionary<string, List<double>>();
        var allTimes = await tabs.TimesAsync();
        for (var t = 0; t < allTimes.Count; t++)
        {
            var kind = tabs.Kinds[t];
            var ofKind = byKind.TryGetValue(kind, out var k) ? k : byKind[kind] = [];
            var drawn = allTimes[t].Select(d => (Seq: d.Key, At: d.Value)).OrderBy(d => d.Seq).ToList();
            foreach (var (caseId, at) in sent)
            {
                var seq = sequences[caseId];
                var first = drawn.FirstOrDefault(d => d.Seq >= seq);
                if (first.Seq == 0) missing++;
                else
                {
                    worst = Math.Max(worst, first.At - at);
                    behind.Add(first.At - at);
                    ofKind.Add(first.At - at);
                }
            }
        }
        var inconsistent = await InconsistentTabsAsync(portal, peksos, seksiId, tabs);
        // Where a tail comes from: the completion's own save (counted in every tab's lag), and each kind of page.
        Console.Error.WriteLine($"  beruntun: simpan p50 {Measure.Ms(Measure.Percentile(saves, 0.5))}, maks {Measure.Ms(saves.Max())}; "
            + string.Join("; ", byKind.Select(b => $"{Label(b.Key)} p99 {Measure.Ms(Measure.Percentile(b.Value, 0.99))}, maks {Measure.Ms(b.Value.DefaultIfEmpty().Max())}"))
            + $"; GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}: {gc}; jeda GC terpanjang {Measure.Ms(longestGc)}; jeda terpanjang utas pemantau {Measure.Ms(longestStall)}"
            + $"; thread pool: antrean terpanjang {pool.Queued}, utas terbanyak {pool.Threads}");
        // Per page, the server's stages of a redraw (p50 / p99 / maks): its reload until sent, its draw until acknowledged, and how far behind at each.
        foreach (var page in redraws.Pages)
            Console.Error.WriteLine($"  {page}: muat ulang {redraws.Describe("reload", page)}; gambar {redraws.Describe("draw", page)}; "
                + $"tertinggal saat terkirim {redraws.Describe("sent", page)}; saat tergambar {redraws.Describe("drawn", page)}");

        var p95Every = Measure.Percentile(everyTab, 0.95);
        var kinds = string.Join(", ", tabs.Kinds.GroupBy(k => k).Select(g => $"{g.Count()} {Label(g.Key)}"));
        var drawer = driver == TabDriver.Chromium ? "Chromium" : "jsdom";
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        IReadOnlyList<Row> rows =
        [
            new(string.Create(inv, $"Sebaran: satu langkah selesai → DOM semua {tabs.Kinds.Count} tab ({kinds}): p50 / p95 ({Singles} kali)"),
                $"{Measure.Ms(Measure.Percentile(everyTab, 0.5))} / {Measure.Ms(p95Every)}", "p95 < 1 s", p95Every < 1000),
            new("Sebaran: per tab, p50 / p95", $"{Measure.Ms(Measure.Percentile(eachTab, 0.5))} / {Measure.Ms(Measure.Percentile(eachTab, 0.95))}", "", null),
            new(string.Create(inv, $"Sebaran: waktu CPU server per kejadian ({tabs.Kinds.Count} tab)"), Measure.Ms(Measure.Percentile(cpu, 0.5)), "", null),
            new(string.Create(inv, $"Sebaran: CPU {drawer} (semua prosesnya) per gambar ulang satu tab; × {tabs.Kinds.Count} tab per kejadian"),
                string.Create(inv, $"{Measure.Ms(singlesWork.PerRedraw)}; {singlesWork.PerRedraw * tabs.Kinds.Count / 1000:N1} detik-inti"), "", null),
            new(string.Create(inv, $"Beruntun {PerSecond}/detik selama {burstTook.TotalSeconds:N0} s ({burst.Count} langkah): tab paling tertinggal"),
                Measure.Ms(worst), "≤ 2 s", worst <= 2000 && missing == 0),
            new("Beruntun: tertinggal per (kejadian, tab), p50 / p99", $"{Measure.Ms(Measure.Percentile(behind, 0.5))} / {Measure.Ms(Measure.Percentile(behind, 0.99))}", "", null),
            new("Beruntun: halaman tertinggal sampai rendernya terkirim (sisi server), p50 / p99 / maks", redraws.Describe("sent"), "", null),
            new("Beruntun: … sampai tab selesai menggambarnya (ack Blazor), p50 / p99 / maks", redraws.Describe("drawn"), "", null),
            new(string.Create(inv, $"Beruntun: CPU {drawer} per gambar ulang satu tab; gambar ulang per tab per detik"),
                string.Create(inv, $"{Measure.Ms(burstWork.PerRedraw)}; {burstWork.Redraws / (double)tabs.Kinds.Count / burstTook.TotalSeconds:N1}"), "", null),
            new("Beruntun: kejadian tak tergambar / tab tak sama dengan basis data", $"{missing} / {inconsistent}", "0 / 0", missing == 0 && inconsistent == 0),
            new("Beruntun: waktu CPU server per kejadian", Measure.Ms(burstCpu.TotalMilliseconds / burst.Count), "", null),
            new(string.Create(inv, $"Beruntun: CPU mesin terpakai ({Environment.ProcessorCount} inti; server dan {drawer} bersama)"),
                string.Create(inv, $"{machineBusy:P0}, server {burstCpu.TotalSeconds / ((machine.Total - machineBefore.Total) / 100.0):P0}"), "", null),
        ];
        // The two drivers' rows side by side in one table: each names what drew its tabs.
        return rows.Select(r => r with { Measure = $"{drawer} · {r.Measure}" }).ToList();
    }

    /// <summary>The machine's busy and total CPU time since boot over all cores (/proc/stat: user to steal, in ticks of 1/100 s).</summary>
    private static (long Busy, long Total) MachineCpu()
    {
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(long.Parse).ToArray();
        var idle = ticks[3] + ticks[4];
        return (ticks.Sum() - idle, ticks.Sum());
    }

    private static string Label(string path) => path switch { "/papan" => "papan seksi", "/" => "Tugas Saya", _ => "dasbor" };

    /// <summary>When each tab first drew <paramref name="seq"/> or later, waiting until all have or <paramref name="limit"/> has passed.</summary>
    private static async Task<long?[]> DrawnByAllAsync(IBenchTabs tabs, long seq, TimeSpan limit)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var shown = (await tabs.TimesAsync()).Select(t => t.Where(d => d.Key >= seq).Select(d => (long?)d.Value).Min()).ToArray();
            if (shown.All(s => s is not null) || waited.Elapsed >= limit) return shown;
            await Task.Delay(250);
        }
    }

    /// <summary>Tabs whose cards (case and step) differ from the running steps in the database, or whose count of running steps does.</summary>
    private static async Task<int> InconsistentTabsAsync(BenchPortal portal, Actor peksos, int seksiId, IBenchTabs tabs)
    {
        var queries = portal.Services.GetRequiredService<CaseQueries>();
        var board = (await queries.BoardAsync(peksos, seksiId, null)).Select(c => $"{c.CaseId}:{c.StepNo}").ToHashSet();
        var tasks = (await queries.TasksForAsync(peksos)).Select(c => $"{c.CaseId}:{c.StepNo}").ToList();
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        db.OfficeScope = peksos.OfficeId;
        var running = await db.CaseSteps.Where(s => s.CompletedAt == null)
            .Join(db.Cases.Where(c => c.Status == CaseStatus.Aktif), s => s.CaseId, c => c.Id, (s, _) => s.Id).CountAsync();
        var stats = await tabs.TextsAsync("[data-testid=stat-berjalan]");
        var kanbanCards = await tabs.CardsAsync("[data-testid=kartu]");
        var kanbanCounts = await tabs.TextsAsync(".kanban-count");
        var taskCards = await tabs.CardsAsync("[data-testid=tugas-item]");
        var taskCounts = await tabs.TextsAsync("[data-testid=jumlah-tugas]");
        var wrong = 0;
        for (var t = 0; t < tabs.Kinds.Count; t++)
        {
            var same = tabs.Kinds[t] switch
            {
                "/dasbor" => stats[t].Count == 1 && Digits(stats[t][0]) == running,
                // A column draws at most 60 cards: every card drawn is a running step as it is now, and the column counts add up to them all.
                "/papan" => kanbanCards[t].All(board.Contains) && kanbanCounts[t].Sum(Digits) == board.Count,
                // Tugas Saya draws the most urgent first, a page at a time: the drawn page is those, and its count is every task.
                _ => taskCards[t].SequenceEqual(tasks.Take(taskCards[t].Count)) && taskCards[t].Count == Math.Min(50, tasks.Count)
                    && taskCounts[t].Count == 1 && taskCounts[t][0].Trim().EndsWith($"dari {tasks.Count} langkah", StringComparison.Ordinal),
            };
            if (!same) wrong++;
        }
        return wrong;
    }

    private static int Digits(string text) => int.Parse(new string(text.Where(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<(Actor, int)> PeksosAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync("peksos.tarakan"))!;
        return (new Actor(user.Id, user.FullName, StaffRole.Peksos, user.OfficeId), user.SeksiId!.Value);
    }

    /// <summary>Cases of the peksos's seksi at Pemulangan step 6 (a peksos step) with its kelengkapan ticked, ready to complete.</summary>
    private static async Task<IReadOnlyList<(Guid CaseId, Guid StepId)>> SeedReadyStepsAsync(BenchPortal portal, SeedTarget seeds, int officeId, int seksiId, int count)
    {
        var factory = portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var revisionId = await db.SopRevisions.IgnoreQueryFilters()
            .Where(r => db.Sops.IgnoreQueryFilters().Any(s => s.Id == r.SopId && s.Kode == "pemulangan-orang-terlantar"))
            .OrderByDescending(r => r.Number).Select(r => r.Id).FirstAsync();
        return await CaseSeeder.SeedAsync(seeds, officeId, seksiId, revisionId, "pemulangan-orang-terlantar", "Pelayanan Pemulangan Orang Terlantar",
            count, 2, 0, DateTimeOffset.UtcNow, openStepNo: 6, role: (int)StaffRole.Peksos,
            ticked: ["Formulir layanan sosial masuk shelter"]);
    }
}
