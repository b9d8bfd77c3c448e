using System.Collections.Concurrent;
using System.Diagnostics;

namespace Bench;

/// <summary>Collections and their total pause over a stretch of the run.</summary>
internal readonly record struct GcSnapshot(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Allocated)
{
    public static GcSnapshot Take() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

    public static GcSnapshot operator -(GcSnapshot a, GcSnapshot b) =>
        new(a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.Paused - b.Paused, a.Allocated - b.Allocated);

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"gen0 {Gen0}, gen1 {Gen1}, gen2 {Gen2}, jeda total {Measure.Ms(Paused.TotalMilliseconds)}, dialokasikan {Allocated / 1024.0 / 1024:N0} MB");
}

/// <summary>
/// A dedicated thread that wakes every 10 ms: its longest gap is the longest time the whole process stood still
/// (a GC suspension, or no core free), which delays the save and every tab alike. It also keeps the longest single
/// GC pause it saw, to tell the two apart, and the thread pool's deepest queue (work waiting for a thread).
/// </summary>
internal sealed class StallProbe : IDisposable
{
    private volatile bool _stopped;
    private readonly Thread _thread;
    private long _longestTicks;
    private TimeSpan _longestGc;
    private long _mostQueued;
    private int _mostThreads;

    public StallProbe()
    {
        _thread = new Thread(() =>
        {
            var last = Stopwatch.GetTimestamp();
            var seen = GC.GetGCMemoryInfo(GCKind.Any).Index;
            while (!_stopped)
            {
                Thread.Sleep(10);
                var now = Stopwatch.GetTimestamp();
                _longestTicks = Math.Max(_longestTicks, now - last);
                last = now;
                _mostQueued = Math.Max(_mostQueued, ThreadPool.PendingWorkItemCount);
                _mostThreads = Math.Max(_mostThreads, ThreadPool.ThreadCount);
                // The last collection's pauses; at most one collection is missed if two end within 10 ms.
                var gc = GC.GetGCMemoryInfo(GCKind.Any);
                if (gc.Index == seen) continue;
                seen = gc.Index;
                foreach (var pause in gc.PauseDurations) _longestGc = pause > _longestGc ? pause : _longestGc;
            }
        }) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        _thread.Start();
    }

    public double Longest => _longestTicks * 1000.0 / Stopwatch.Frequency;
    public double LongestGc => _longestGc.TotalMilliseconds;

    /// <summary>The most work items the thread pool held waiting, and the most threads it ran, in any 10 ms sample.</summary>
    public (long Queued, int Threads) MostThreadPool => (_mostQueued, _mostThreads);

    public void Dispose()
    {
        _stopped = true;
        _thread.Join();
    }
}

/// <summary>The runtime's allocation samples (one per ~100 KB allocated, with the type), summed by type.</summary>
internal sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
{
    private const System.Diagnostics.Tracing.EventKeywords GcKeyword = (System.Diagnostics.Tracing.EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _byType = new();

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || e.PayloadNames is not { } names || e.Payload is not { } values) return;
        var type = names.IndexOf("TypeName") is >= 0 and var t ? values[t]?.ToString() ?? "?" : "?";
        var amount = names.IndexOf("AllocationAmount64") is >= 0 and var a ? Convert.ToInt64(values[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        _byType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }

    public string Top(int n) => string.Join("\n", _byType.OrderByDescending(k => k.Value).Take(n).Select(k => $"    {k.Value / 1024 / 1024,6} MB {k.Key}"));
}

/// <summary>
/// The portal's own redraw metrics while it listens: per page redraw, how far the page was behind when its render was
/// sent (the server's part) and when its browser had drawn it (<c>dinsosportal.board.redraw.behind</c>), and how long
/// the redraw's reload and its draw took (<c>dinsosportal.board.redraw.duration</c>); each by stage and by page.
/// </summary>
internal sealed class RedrawListener : IDisposable
{
    private const string Behind = "dinsosportal.board.redraw.behind", Duration = "dinsosportal.board.redraw.duration";
    private readonly System.Diagnostics.Metrics.MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Stage, string Page), ConcurrentBag<double>> _byStage = new();

    public RedrawListener()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name is Behind or Duration) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((_, seconds, tags, _) =>
        {
            string? stage = null, page = null;
            foreach (var tag in tags)
                if (tag.Key == "stage") stage = tag.Value as string;
                else if (tag.Key == "page") page = tag.Value as string;
            if (stage is not null) _byStage.GetOrAdd((stage, page ?? "?"), _ => []).Add(seconds * 1000);
        });
        _listener.Start();
    }

    /// <summary>"p50 / p99 / maks" in ms of one stage (<c>sent</c>, <c>drawn</c>, <c>reload</c>, <c>draw</c>) over every page, or of one page.</summary>
    public string Describe(string stage, string? page = null)
    {
        var values = _byStage.Where(b => b.Key.Stage == stage && (page is null || b.Key.Page == page)).SelectMany(b => b.Value).ToList();
        return values.Count > 0
            ? $"{Measure.Ms(Measure.Percentile(values, 0.5))} / {Measure.Ms(Measure.Percentile(values, 0.99))} / {Measure.Ms(values.Max())}"
            : "—";
    }

    public IEnumerable<string> Pages => _byStage.Keys.Select(k => k.Page).Distinct().Order();

    public void Dispose() => _listener.Dispose();
}
