using System.Diagnostics;

namespace Portal.Live;

/// <summary>
/// A page's live subscription that coalesces bursts: the events that concern the page ask for a reload; while one
/// runs, any number of further events ask for one more reload after it, which reads the latest state. So a page
/// busy reloading takes the latest, not each event in turn, and never falls behind by more than one reload.
/// A page also redraws at most once per <see cref="MinGap"/>: the first event after a quiet spell is drawn at once,
/// those of a burst are gathered into the next redraw (200 open boards at ten events a second would otherwise each
/// redraw ten times a second, on the server and in every browser).
/// A page that reports its draws (<see cref="Drawn"/>, from <c>OnAfterRender</c>, which Blazor Server calls once the
/// browser has applied the render) is also paced by its browser: the next reload waits until the last one is on
/// screen, so a busy PC gets the latest state once it is ready for it instead of a queue of redraws already stale.
/// </summary>
public sealed class LiveRefresh : IDisposable
{
    private const int Idle = 0, Running = 1, RunningAndAsked = 2;

    /// <summary>The least time between the starts of two reloads of one page.</summary>
    public static readonly TimeSpan MinGap = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest a reload waits for its browser to draw it, unless told otherwise: a lost or failed render must not stop the page.</summary>
    public static readonly TimeSpan DrawWait = TimeSpan.FromSeconds(5);

    private readonly Func<long, Task> _reload;
    private readonly TimeSpan _drawWait;
    private readonly KeyValuePair<string, object?> _page;
    private readonly BoardEvents _events;
    private readonly IDisposable _subscription;
    private long _latest;
    private int _state;
    private long _lastStarted;
    private long _behindSince;
    private volatile bool _reportsDraws;
    private TaskCompletionSource? _drawn;
    private volatile bool _disposed;

    /// <param name="reload">Reloads and draws the page (on its dispatcher), given the latest event sequence it now covers.</param>
    private LiveRefresh(BoardEvents events, int officeId, Func<BoardEvent, bool> concerns, Func<long, Task> reload, TimeSpan drawWait, string page)
    {
        _reload = reload;
        _drawWait = drawWait;
        _page = new("page", page);
        _events = events;
        _subscription = events.Subscribe(officeId, e =>
        {
            if (!concerns(e)) return Task.CompletedTask;
            Interlocked.CompareExchange(ref _behindSince, e.DeliveredAt, 0);
            InterlockedMax(ref _latest, e.Sequence);
            Ask();
            return Task.CompletedTask;
        });
    }

    /// <param name="page">Which page this is, for the redraw metrics (<c>papan</c>, <c>dasbor</c>, <c>tugas</c>).</param>
    public static LiveRefresh Start(BoardEvents events, int officeId, Func<BoardEvent, bool> concerns, Func<long, Task> reload,
        TimeSpan? drawWait = null, string page = "lain") =>
        new(events, officeId, concerns, reload, drawWait ?? DrawWait, page);

    private void Ask()
    {
        while (true)
        {
            var state = Volatile.Read(ref _state);
            if (state == RunningAndAsked) return;
            if (Interlocked.CompareExchange(ref _state, state == Idle ? Running : RunningAndAsked, state) != state) continue;
            if (state == Idle) _ = RunAsync();
            return;
        }
    }

    private async Task RunAsync()
    {
        while (true)
        {
            // Real time, not the portal's clock: this paces drawing, it decides nothing about a case.
            if (_lastStarted != 0 && MinGap - Stopwatch.GetElapsedTime(_lastStarted) is { Ticks: > 0 } wait) await Task.Delay(wait);
            if (_disposed) return;
            var started = _lastStarted = Stopwatch.GetTimestamp();
            // Taken before the reload starts: events after this point are covered by the next round. The oldest
            // undrawn event's moment is taken first, so an event in between counts here and again next round, never neither.
            var behindSince = Interlocked.Exchange(ref _behindSince, 0);
            var covers = Interlocked.Read(ref _latest);
            // Made before the reload: the render it asks for may reach the browser and back before the reload returns.
            var drawn = _reportsDraws ? new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) : null;
            Volatile.Write(ref _drawn, drawn);
            try
            {
                await _reload(covers);
                var sent = Stopwatch.GetTimestamp();
                Took(started, "reload");
                Behind(behindSince, "sent");
                if (drawn is not null && await DrawnInTimeAsync(drawn.Task) && !_disposed)
                {
                    Took(sent, "draw");
                    Behind(behindSince, "drawn");
                }
            }
            catch (Exception ex)
            {
                // The next event tries again; a page that closed while it reloaded is no failure.
                if (!_disposed) _events.PageFailed(ex);
            }
            if (Interlocked.CompareExchange(ref _state, Idle, Running) == Running) return;
            Volatile.Write(ref _state, Running);
        }
    }

    /// <summary>False when the browser has not drawn in time (gone quiet): the next reload goes ahead, paced by the gap alone.</summary>
    private async Task<bool> DrawnInTimeAsync(Task drawn)
    {
        try
        {
            await drawn.WaitAsync(_drawWait);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private void Behind(long since, string stage)
    {
        if (since != 0)
            Observability.PortalTelemetry.BoardRedrawBehind.Record(Stopwatch.GetElapsedTime(since).TotalSeconds, new("stage", stage), _page);
    }

    private void Took(long since, string stage) =>
        Observability.PortalTelemetry.BoardRedrawDuration.Record(Stopwatch.GetElapsedTime(since).TotalSeconds, new("stage", stage), _page);

    private static void InterlockedMax(ref long target, long value)
    {
        var seen = Interlocked.Read(ref target);
        while (value > seen)
        {
            var was = Interlocked.CompareExchange(ref target, value, seen);
            if (was == seen) return;
            seen = was;
        }
    }

    /// <summary>
    /// The page's render is on screen: call it from <c>OnAfterRender</c>. From the first call on, each reload waits for
    /// the next call (at most <see cref="DrawWait"/>, or the wait given to <see cref="Start"/>) before another may start.
    /// </summary>
    public void Drawn()
    {
        _reportsDraws = true;
        Interlocked.Exchange(ref _drawn, null)?.TrySetResult();
    }

    public void Dispose()
    {
        _disposed = true;
        _subscription.Dispose();
        Interlocked.Exchange(ref _drawn, null)?.TrySetResult();
    }
}
