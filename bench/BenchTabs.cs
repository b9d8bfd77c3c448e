using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Bench;

/// <summary>What draws the fan-out bench's open pages: Debian's Chromium, or real circuits in jsdom (bench/circuits).</summary>
internal enum TabDriver { Chromium, Jsdom }

/// <summary>
/// The open pages of a fan-out run, each a real Blazor circuit whose DOM marks the office event it last drew
/// (<c>data-live-seq</c>), whatever draws them. Results are per tab, in <see cref="Kinds"/>' order.
/// </summary>
internal interface IBenchTabs : IAsyncDisposable
{
    /// <summary>Each tab's page path: <c>/papan</c>, <c>/</c> (Tugas Saya) or <c>/dasbor</c>.</summary>
    IReadOnlyList<string> Kinds { get; }

    /// <summary>Per tab, each event sequence number it drew and when (Unix ms, this machine's clock).</summary>
    Task<IReadOnlyList<IReadOnlyDictionary<long, long>>> TimesAsync();

    /// <summary>Per tab, the text of every element <paramref name="selector"/> finds.</summary>
    Task<IReadOnlyList<IReadOnlyList<string>>> TextsAsync(string selector);

    /// <summary>Per tab, "case:step" of every card <paramref name="selector"/> finds.</summary>
    Task<IReadOnlyList<IReadOnlyList<string>>> CardsAsync(string selector);

    /// <summary>The CPU time (ms) the driver's processes have spent so far.</summary>
    Task<double> CpuMsAsync();
}

internal static class BenchTabs
{
    /// <summary>A third each of the peksos's kanban and Tugas Saya and the kabid's dashboard.</summary>
    public static string PathOf(int i) => (i % 3) switch { 0 => "/papan", 1 => "/", _ => "/dasbor" };

    public static string UserOf(string path) => path == "/dasbor" ? "kabid.tarakan" : "peksos.tarakan";

    public static async Task<IBenchTabs> OpenAsync(TabDriver driver, string address, int count) => driver == TabDriver.Chromium
        ? await ChromiumTabs.OpenAsync(address, count)
        : await JsdomTabs.OpenAsync(address, count);

    internal static IReadOnlyDictionary<long, long> Times(JsonObject? times) =>
        times?.ToDictionary(t => long.Parse(t.Key, System.Globalization.CultureInfo.InvariantCulture), t => t.Value!.GetValue<long>()) ?? [];
}

internal sealed class ChromiumTabs : IBenchTabs
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<IPage> _pages = [];
    private readonly List<string> _kinds = [];

    private ChromiumTabs(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    public IReadOnlyList<string> Kinds => _kinds;

    public static async Task<ChromiumTabs> OpenAsync(string address, int count)
    {
        var playwright = await Playwright.CreateAsync();
        var tabs = new ChromiumTabs(playwright, await BenchBrowser.LaunchAsync(playwright));
        var contexts = new Dictionary<string, IBrowserContext>();
        foreach (var user in new[] { "peksos.tarakan", "kabid.tarakan" })
        {
            var context = await tabs._browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address, StorageState = await BenchBrowser.SignedInStateAsync(tabs._browser, address, user) });
            context.SetDefaultTimeout(180_000);
            contexts[user] = context;
        }
        for (var batch = 0; batch < count; batch += 6)
        {
            var opened = await Task.WhenAll(Enumerable.Range(batch, Math.Min(6, count - batch)).Select(async i =>
            {
                var path = BenchTabs.PathOf(i);
                var tab = await contexts[BenchTabs.UserOf(path)].NewPageAsync();
                await tab.GotoAsync(path);
                await tab.Locator("[data-interactive=true]").WaitForAsync();
                await tab.Locator("[data-live-seq]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
                await tab.EvaluateAsync(RecordSequences);
                return (tab, path);
            }));
            foreach (var (tab, path) in opened)
            {
                tabs._pages.Add(tab);
                tabs._kinds.Add(path);
            }
        }
        return tabs;
    }

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

    public async Task<IReadOnlyList<IReadOnlyDictionary<long, long>>> TimesAsync() =>
        await Task.WhenAll(_pages.Select(async p => (IReadOnlyDictionary<long, long>)(await p.EvaluateAsync<Dictionary<string, long>>("() => window.__seqTimes"))
            .ToDictionary(t => long.Parse(t.Key, System.Globalization.CultureInfo.InvariantCulture), t => t.Value)));

    public async Task<IReadOnlyList<IReadOnlyList<string>>> TextsAsync(string selector) =>
        await Task.WhenAll(_pages.Select(async p => (IReadOnlyList<string>)await p.Locator(selector).EvaluateAllAsync<string[]>("els => els.map(e => e.textContent)")));

    public async Task<IReadOnlyList<IReadOnlyList<string>>> CardsAsync(string selector) =>
        await Task.WhenAll(_pages.Select(async p => (IReadOnlyList<string>)await p.Locator(selector)
            .EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.kasus + ':' + (c.textContent.match(/Langkah (\\d+)/) || [])[1])")));

    public Task<double> CpuMsAsync() => Task.FromResult(ProcessCpu.Ms("chromium"));

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

/// <summary>
/// Real circuits without a browser: bench/circuits/tabs.js loads each page in jsdom and runs the portal's own
/// blazor.web.js over a real WebSocket, so the server holds ordinary circuits and each render batch is applied to a
/// real DOM; jsdom has no layout or paint. Two Node processes share the tabs, one per core.
/// </summary>
internal sealed class JsdomTabs : IBenchTabs
{
    private readonly List<(Process Node, int Count)> _nodes = [];
    private readonly List<string> _kinds = [];
    private int _nextId;

    public IReadOnlyList<string> Kinds => _kinds;

    public static async Task<JsdomTabs> OpenAsync(string address, int count)
    {
        var folder = Path.Combine(Repo.Root, "bench", "circuits");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "jsdom")))
            await RunAsync("npm", "ci --no-audit --no-fund", folder);
        var tabs = new JsdomTabs();
        // One per core. Eight smaller processes were tried (2026-12-06): their longest collection was 174 ms, and the
        // burst's tail grew with the machine's load (4.7 s), so a Node collection is not what holds pages back.
        const int processes = 2;
        for (var p = 0; p < processes; p++)
        {
            var node = Process.Start(new ProcessStartInfo("node", $"--max-old-space-size=4096 tabs.js {address}")
            {
                WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false,
            })!;
            await node.StandardOutput.ReadLineAsync();
            tabs._nodes.Add((node, 0));
        }
        // Each process opens its share, every kind interleaved as the Chromium tabs are.
        var byProcess = Enumerable.Range(0, count).GroupBy(i => i % processes).ToList();
        await Task.WhenAll(byProcess.Select(async group =>
        {
            var node = tabs._nodes[group.Key].Node;
            foreach (var user in new[] { "peksos.tarakan", "kabid.tarakan" })
                await tabs.SendAsync(node, "signIn", new { user, password = BenchPortal.Password });
            foreach (var i in group) await tabs.SendAsync(node, "open", new { user = BenchTabs.UserOf(BenchTabs.PathOf(i)), path = BenchTabs.PathOf(i), count = 1 });
        }));
        for (var p = 0; p < processes; p++)
        {
            var mine = byProcess[p].ToList();
            tabs._nodes[p] = (tabs._nodes[p].Node, mine.Count);
            tabs._kinds.AddRange(mine.Select(BenchTabs.PathOf));
        }
        return tabs;
    }

    private async Task<JsonNode?> SendAsync(Process node, string command, object? args = null)
    {
        // The bench sends one command at a time to a process and reads its answer before the next.
        var id = Interlocked.Increment(ref _nextId);
        await node.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { id, command, args }));
        await node.StandardInput.FlushAsync();
        var line = await node.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException($"tabs.js berhenti saat {command}");
        var answer = JsonNode.Parse(line)!;
        if (answer["error"] is { } error) throw new InvalidOperationException($"tabs.js {command}: {error}");
        return answer["result"];
    }

    private async Task<IReadOnlyList<T>> AllAsync<T>(string command, object? args, Func<JsonNode?, T> each)
    {
        var answers = await Task.WhenAll(_nodes.Select(n => SendAsync(n.Node, command, args)));
        return answers.SelectMany(a => a!.AsArray().Select(each)).ToList();
    }

    public Task<IReadOnlyList<IReadOnlyDictionary<long, long>>> TimesAsync() =>
        AllAsync("times", null, t => BenchTabs.Times(t!.AsObject()));

    public Task<IReadOnlyList<IReadOnlyList<string>>> TextsAsync(string selector) =>
        AllAsync("texts", new { selector }, t => (IReadOnlyList<string>)t!.AsArray().Select(s => s!.GetValue<string>()).ToList());

    public Task<IReadOnlyList<IReadOnlyList<string>>> CardsAsync(string selector) =>
        AllAsync("cards", new { selector }, t => (IReadOnlyList<string>)t!.AsArray().Select(s => s!.GetValue<string>()).ToList());

    /// <summary>The longest garbage-collection pause of any of the Node processes since the last call (ms): every tab of that process stood still.</summary>
    public async Task<double> LongestGcAsync() => (await Task.WhenAll(_nodes.Select(n => SendAsync(n.Node, "longestGc")))).Max(c => c!.GetValue<double>());

    public async Task<double> CpuMsAsync() => (await Task.WhenAll(_nodes.Select(n => SendAsync(n.Node, "cpu")))).Sum(c => c!.GetValue<double>());

    private static async Task RunAsync(string file, string arguments, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = folder })!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} di {folder} gagal ({process.ExitCode})");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (node, _) in _nodes)
        {
            node.StandardInput.Close();
            if (!node.WaitForExit(10_000)) node.Kill();
            await node.WaitForExitAsync();
            node.Dispose();
        }
    }
}
