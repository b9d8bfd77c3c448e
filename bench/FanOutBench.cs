using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Cases;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Identity;
using Portal.Live;

namespace Bench;

/// <summary>
/// One office with many open boards in Debian's Chromium (the seksi kanban and Tugas Saya of a peksos, the kabid's
/// dashboard, a third each). A peksos completes steps through the workflow; every page marks the last event it has
/// drawn (<c>data-live-seq</c>), and each tab records when that mark moved. Single completions first (time until
/// every tab shows it, server CPU per event), then a burst of completions at a fixed rate (how far any tab falls
/// behind, whether every tab draws the last event within 30 s, and whether every tab ends as the database is).
/// </summary>
internal static class FanOutBench
{
    private const int Singles = 20;
    private const int PerSecond = 10;

    public static async Task<IReadOnlyList<Row>> RunAsync(int circuits, int burstSeconds, bool postgres)
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

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BenchBrowser.LaunchAsync(playwright);
        var peksosState = await BenchBrowser.SignedInStateAsync(browser, address, "peksos.tarakan");
        var kabidState = await BenchBrowser.SignedInStateAsync(browser, address, "kabid.tarakan");
        var peksosTabs = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address, StorageState = peksosState });
        var kabidTabs = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address, StorageState = kabidState });
        peksosTabs.SetDefaultTimeout(180_000);
        kabidTabs.SetDefaultTimeout(180_000);

        var tabs = new List<(IPage Page, string Kind)>();
        for (var batch = 0; batch < circuits; batch += 6)
        {
            var opened = await Task.WhenAll(Enumerable.Range(batch, Math.Min(6, circuits - batch)).Select(async i =>
            {
                var (context, path) = (i % 3) switch { 0 => (peksosTabs, "/papan"), 1 => (peksosTabs, "/"), _ => (kabidTabs, "/dasbor") };
                var tab = await context.NewPageAsync();
                await tab.GotoAsync(path);
                await tab.Locator("[data-interactive=true]").WaitForAsync();
                await tab.Locator("[data-live-seq]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
                await tab.EvaluateAsync(RecordSequences);
                return (tab, path);
            }));
            tabs.AddRange(opened);
        }
        Console.Error.WriteLine($"  {tabs.Count} tab terbuka");

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
            var seq = sequences[caseId];
            var shown = await Task.WhenAll(tabs.Select(t => ShownAtAsync(t.Page, seq)));
            var lags = shown.Select(s => s is null ? double.PositiveInfinity : s.Value - at).ToList();
            everyTab.Add(lags.Max());
            eachTab.AddRange(lags);
        }

        // A burst at a fixed rate: the furthest any tab falls behind any event, then every tab against the database.
        var burst = ready.Skip(Singles).ToList();
        var sent = new List<(Guid CaseId, long At)>();
        var saves = new List<double>();
        var started = Stopwatch.GetTimestamp();
        process.Refresh();
        var burstCpu = process.TotalProcessorTime;
        var machineBefore = MachineCpu();
        var gcBefore = GcSnapshot.Take();
        using var stalls = new StallProbe();
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
        var gc = GcSnapshot.Take() - gcBefore;
        var (longestStall, longestGc) = (stalls.Longest, stalls.LongestGc);
        if (sampler is not null) Console.Error.WriteLine(sampler.Top(25));
        await Task.Delay(3000);
        process.Refresh();
        burstCpu = process.TotalProcessorTime - burstCpu;
        var machine = MachineCpu();
        var machineBusy = (machine.Busy - machineBefore.Busy) / (double)(machine.Total - machineBefore.Total);
        // Then until every tab has drawn the burst's last event (or 30 s): a tab still behind is late, not dropped, and its lag counts below.
        var final = sequences[burst[^1].CaseId];
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(30)
               && (await Task.WhenAll(tabs.Select(t => ShownAtAsync(t.Page, final)))).Any(s => s is null))
            await Task.Delay(1000);
        var worst = 0.0;
        var behind = new List<double>();
        var missing = 0;
        var byKind = new Dictionary<string, List<double>>();
        foreach (var (page, kind) in tabs)
        {
            var ofKind = byKind.TryGetValue(kind, out var k) ? k : byKind[kind] = [];
            var times = await page.EvaluateAsync<Dictionary<string, long>>("() => window.__seqTimes");
            var drawn = times.Select(t => (Seq: long.Parse(t.Key), At: t.Value)).OrderBy(t => t.Seq).ToList();
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
            + $"; GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}: {gc}; jeda GC terpanjang {Measure.Ms(longestGc)}; jeda terpanjang utas pemantau {Measure.Ms(longestStall)}");

        await peksosTabs.CloseAsync();
        await kabidTabs.CloseAsync();
        var p95Every = Measure.Percentile(everyTab, 0.95);
        var kinds = string.Join(", ", tabs.GroupBy(t => t.Kind).Select(g => $"{g.Count()} {Label(g.Key)}"));
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        return
        [
            new(string.Create(inv, $"Sebaran: satu langkah selesai → DOM semua {tabs.Count} tab ({kinds}): p50 / p95 ({Singles} kali)"),
                $"{Measure.Ms(Measure.Percentile(everyTab, 0.5))} / {Measure.Ms(p95Every)}", "p95 < 1 s", p95Every < 1000),
            new("Sebaran: per tab, p50 / p95", $"{Measure.Ms(Measure.Percentile(eachTab, 0.5))} / {Measure.Ms(Measure.Percentile(eachTab, 0.95))}", "", null),
            new(string.Create(inv, $"Sebaran: waktu CPU server per kejadian ({tabs.Count} tab)"), Measure.Ms(Measure.Percentile(cpu, 0.5)), "", null),
            new(string.Create(inv, $"Beruntun {PerSecond}/detik selama {burstTook.TotalSeconds:N0} s ({burst.Count} langkah): tab paling tertinggal"),
                Measure.Ms(worst), "≤ 2 s", worst <= 2000 && missing == 0),
            new("Beruntun: tertinggal per (kejadian, tab), p50 / p99", $"{Measure.Ms(Measure.Percentile(behind, 0.5))} / {Measure.Ms(Measure.Percentile(behind, 0.99))}", "", null),
            new("Beruntun: kejadian tak tergambar / tab tak sama dengan basis data", $"{missing} / {inconsistent}", "0 / 0", missing == 0 && inconsistent == 0),
            new("Beruntun: waktu CPU server per kejadian", Measure.Ms(burstCpu.TotalMilliseconds / burst.Count), "", null),
            new(string.Create(inv, $"Beruntun: CPU mesin terpakai ({Environment.ProcessorCount} inti; server dan Chromium bersama)"),
                string.Create(inv, $"{machineBusy:P0}, server {burstCpu.TotalSeconds / ((machine.Total - machineBefore.Total) / 100.0):P0}"), "", null),
        ];
    }

    /// <summary>The machine's busy and total CPU time since boot over all cores (/proc/stat: user to steal, in ticks of 1/100 s).</summary>
    private static (long Busy, long Total) MachineCpu()
    {
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(long.Parse).ToArray();
        var idle = ticks[3] + ticks[4];
        return (ticks.Sum() - idle, ticks.Sum());
    }

    private static string Label(string path) => path switch { "/papan" => "papan seksi", "/" => "Tugas Saya", _ => "dasbor" };

    /// <summary>Each tab keeps, per sequence number it drew, the moment it did (the page's own clock is the server's machine).</summary>
    private const string RecordSequences = """
        () => {
          window.__seqTimes = {};
          const mark = () => {
            const el = document.querySelector('[data-live-seq]');
            if (el && !(el.dataset.liveSeq in window.__seqTimes)) window.__seqTimes[el.dataset.liveSeq] = Date.now();
          };
          new MutationObserver(mark).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-live-seq'] });
        }
        """;

    private static async Task<long?> ShownAtAsync(IPage page, long seq) =>
        await page.EvaluateAsync<long?>("seq => { const t = Object.entries(window.__seqTimes).filter(([s]) => +s >= seq).map(([, at]) => at); return t.length ? Math.min(...t) : null; }", seq);

    /// <summary>Tabs whose cards (case and step) differ from the running steps in the database, or whose count of running steps does.</summary>
    private static async Task<int> InconsistentTabsAsync(BenchPortal portal, Actor peksos, int seksiId, IReadOnlyList<(IPage Page, string Kind)> tabs)
    {
        var queries = portal.Services.GetRequiredService<CaseQueries>();
        var board = (await queries.BoardAsync(peksos, seksiId, null)).Select(c => $"{c.CaseId}:{c.StepNo}").ToHashSet();
        var tasks = (await queries.TasksForAsync(peksos)).Select(c => $"{c.CaseId}:{c.StepNo}").ToList();
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        db.OfficeScope = peksos.OfficeId;
        var running = await db.CaseSteps.Where(s => s.CompletedAt == null)
            .Join(db.Cases.Where(c => c.Status == CaseStatus.Aktif), s => s.CaseId, c => c.Id, (s, _) => s.Id).CountAsync();
        var wrong = 0;
        foreach (var (page, kind) in tabs)
        {
            bool same;
            if (kind == "/dasbor")
                same = Digits(await page.Locator("[data-testid=stat-berjalan]").InnerTextAsync()) == running;
            else if (kind == "/papan")
            {
                // A column draws at most 60 cards: every card drawn is a running step as it is now, and the column counts add up to them all.
                var cards = await Cards(page, "[data-testid=kartu]");
                var counts = await page.Locator(".kanban-count").AllInnerTextsAsync();
                same = cards.All(board.Contains) && counts.Sum(Digits) == board.Count;
            }
            else
            {
                // Tugas Saya draws the most urgent first, a page at a time: the drawn page is those, and its count is every task.
                var drawn = await Cards(page, "[data-testid=tugas-item]");
                same = drawn.SequenceEqual(tasks.Take(drawn.Count)) && drawn.Count == Math.Min(50, tasks.Count)
                    && (await page.Locator("[data-testid=jumlah-tugas]").InnerTextAsync()).EndsWith($"dari {tasks.Count} langkah", StringComparison.Ordinal);
            }
            if (!same) wrong++;
        }
        return wrong;
    }

    private static int Digits(string text) => int.Parse(new string(text.Where(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<IReadOnlyList<string>> Cards(IPage page, string selector) =>
        await page.Locator(selector).EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.kasus + ':' + (c.textContent.match(/Langkah (\\d+)/) || [])[1])");

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
