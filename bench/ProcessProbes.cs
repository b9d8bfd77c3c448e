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
/// GC pause it saw, to tell the two apart.
/// </summary>
internal sealed class StallProbe : IDisposable
{
    private volatile bool _stopped;
    private readonly Thread _thread;
    private long _longestTicks;
    private TimeSpan _longestGc;

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
/// The portal's own <c>dinsosportal.board.redraw.behind</c> while it listens: per page redraw, how far the page was
/// behind when its render was sent (the server's part) and when its browser had drawn it.
/// </summary>
internal sealed class RedrawBehindListener : IDisposable
{
    private readonly System.Diagnostics.Metrics.MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _byStage = new();

    public RedrawBehindListener()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Name == "dinsosportal.board.redraw.behind") listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((_, seconds, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag.Key == "stage" && tag.Value is string stage) _byStage.GetOrAdd(stage, _ => []).Add(seconds * 1000);
        });
        _listener.Start();
    }

    /// <summary>"p50 / p99 / maks" in ms of one stage (<c>sent</c> or <c>drawn</c>).</summary>
    public string Describe(string stage) => _byStage.TryGetValue(stage, out var values) && !values.IsEmpty
        ? $"{Measure.Ms(Measure.Percentile(values, 0.5))} / {Measure.Ms(Measure.Percentile(values, 0.99))} / {Measure.Ms(values.Max())}"
        : "—";

    public double Max(string stage) => _byStage.TryGetValue(stage, out var values) && !values.IsEmpty ? values.Max() : double.NaN;

    public void Dispose() => _listener.Dispose();
}
