using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bench;

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
        // One per core (eight smaller processes made the burst's tail longer, 2026-12-06). The young generation is
        // fixed at 64 MB: grown small in the quiet before a burst, it needed a 50–190 ms collection every ~300 ms at the
        // burst's start, each holding every tab of the process still (docs/decisions/0018).
        const int processes = 2;
        for (var p = 0; p < processes; p++)
        {
            var node = Process.Start(new ProcessStartInfo("node", $"--max-old-space-size=4096 --min-semi-space-size=64 --max-semi-space-size=64 tabs.js {address}")
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
        AllAsync("times", null, t => (IReadOnlyDictionary<long, long>)t!.AsObject()
            .ToDictionary(d => long.Parse(d.Key, System.Globalization.CultureInfo.InvariantCulture), d => d.Value!.GetValue<long>()));

    public Task<IReadOnlyList<IReadOnlyList<string>>> TextsAsync(string selector) =>
        AllAsync("texts", new { selector }, t => (IReadOnlyList<string>)t!.AsArray().Select(s => s!.GetValue<string>()).ToList());

    public Task<IReadOnlyList<IReadOnlyList<string>>> CardsAsync(string selector) =>
        AllAsync("cards", new { selector }, t => (IReadOnlyList<string>)t!.AsArray().Select(s => s!.GetValue<string>()).ToList());

    /// <summary>Since the last call, over the Node processes: the longest GC pause, and the event loop's p99 and longest delay (ms): every tab of that process stood still as long.</summary>
    public async Task<(double Gc, double LoopP99, double LoopMax)> StallsAsync()
    {
        var each = await Task.WhenAll(_nodes.Select(n => SendAsync(n.Node, "stalls")));
        return (each.Max(s => s!["gc"]!.GetValue<double>()), each.Max(s => s!["loopP99"]!.GetValue<double>()), each.Max(s => s!["loopMax"]!.GetValue<double>()));
    }

    /// <summary>Starts a CPU profile and sampled allocations in every Node process (<c>BENCH_PROFIL_NODE</c>).</summary>
    public Task ProfileStartAsync() => Task.WhenAll(_nodes.Select(n => SendAsync(n.Node, "profileStart")));

    /// <summary>Writes each Node process's profile to <paramref name="prefix"/>-N.cpuprofile and .heapprofile.</summary>
    public Task ProfileStopAsync(string prefix) => Task.WhenAll(_nodes.Select((n, i) => SendAsync(n.Node, "profileStop", new { file = $"{prefix}-{i}" })));

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
