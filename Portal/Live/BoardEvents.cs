using Microsoft.AspNetCore.SignalR;

namespace Portal.Live;

/// <summary>
/// Publishes board events: to the Blazor pages of every instance (they subscribe to <see cref="Delivered"/>), to hub
/// clients in the office's groups, and once to <see cref="Published"/> (webhooks). With one instance delivery is a
/// call in this process; with <c>Redis:Connection</c> set it goes through Redis pub/sub and comes back to every
/// instance, this one included, and the hub's Redis backplane carries the hub message (docs/decisions/0005, 0014).
/// </summary>
public sealed class BoardEvents(IHubContext<BoardHub> hub, ILogger<BoardEvents> log, RedisBoardChannel? redis = null)
{
    /// <summary>Every event, on every instance: pages, the deadline timer.</summary>
    public event Func<BoardEvent, Task>? Delivered;

    /// <summary>Every event once, on the instance where it happened: what must not be repeated per instance.</summary>
    public event Func<BoardEvent, Task>? Published;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, long> _sequences = new();

    /// <summary>How many events this process has delivered for the office: what a page or a shared read last saw moves on with it.</summary>
    public long Sequence(int officeId) => _sequences.GetValueOrDefault(officeId);

    /// <summary>The cases named by the office's last events, so a shared read can reload only those (<see cref="CasesChangedBetween"/>).</summary>
    private const int Remembered = 64;

    private sealed class RecentEvents
    {
        public readonly (long Sequence, Guid? CaseId)[] Ring = new (long, Guid?)[Remembered];
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, RecentEvents> _recent = new();

    /// <summary>
    /// The cases the office's events after <paramref name="after"/> up to <paramref name="upTo"/> changed; null when
    /// any of them named no case (an office-wide change) or is no longer remembered: then only a full read is right.
    /// </summary>
    public IReadOnlySet<Guid>? CasesChangedBetween(int officeId, long after, long upTo)
    {
        if (upTo - after > Remembered || upTo < after || !_recent.TryGetValue(officeId, out var recent)) return null;
        var cases = new HashSet<Guid>();
        lock (recent)
            for (var sequence = after + 1; sequence <= upTo; sequence++)
            {
                var (seen, caseId) = recent.Ring[sequence % Remembered];
                if (seen != sequence || caseId is not { } id) return null;
                cases.Add(id);
            }
        return cases;
    }

    public async Task PublishAsync(BoardEvent e)
    {
        Observability.PortalTelemetry.BoardEvents.Add(1, new KeyValuePair<string, object?>("kind", e.Kind));
        if (redis is null) await DeliverAsync(e);
        else await PublishAcrossInstancesAsync(e);
        foreach (var handler in Handlers(Published)) _ = Task.Run(() => RunAsync(handler, e));
        try
        {
            await hub.Clients.Groups(BoardGroups.For(e)).SendAsync(BoardHub.CaseChanged, new
            {
                e.Id, e.Kind, e.CaseId, e.StepNo, e.At,
            });
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            // The hub's Redis backplane, down as above: wall displays miss this hint, nothing else is lost.
            log.LogWarning(ex, "Kejadian papan {Kind} tidak terkirim ke klien hub lewat Redis", e.Kind);
        }
    }

    /// <summary>A page's subscription to its office's events; dispose it with the page.</summary>
    public IDisposable Subscribe(int officeId, Func<BoardEvent, Task> handler)
    {
        Func<BoardEvent, Task> filtered = e => e.OfficeId == officeId ? handler(e) : Task.CompletedTask;
        Delivered += filtered;
        Observability.PortalTelemetry.BoardSubscriptions.Add(1);
        return new Subscription(() =>
        {
            Delivered -= filtered;
            Observability.PortalTelemetry.BoardSubscriptions.Add(-1);
        });
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private Action? _unsubscribe = unsubscribe;

        // Once only: a page disposed twice must not count as two pages gone.
        public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
    }

    /// <summary>
    /// The change is saved before it is published: a Redis that does not answer must not turn the colleague's action
    /// into an error (nor may the hub's backplane, below). This instance's pages still hear it; the others catch up at
    /// their next event or reload.
    /// </summary>
    private async Task PublishAcrossInstancesAsync(BoardEvent e)
    {
        try
        {
            await redis!.PublishAsync(e);
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            log.LogWarning(ex, "Kejadian papan {Kind} tidak terkirim lewat Redis; hanya papan instans ini yang diperbarui", e.Kind);
            await DeliverAsync(e);
        }
    }

    /// <summary>
    /// Hands an event to this process's pages. Each page reloads on its own thread-pool work item: a Blazor
    /// dispatcher runs work inline when it can, so awaiting the handlers here would make the person who clicked wait
    /// for every open board's query in turn.
    /// </summary>
    public Task DeliverAsync(BoardEvent e)
    {
        // Numbered before any page hears of it: a read that starts after this sees the change (it was saved before publishing).
        e = e with { Sequence = _sequences.AddOrUpdate(e.OfficeId, 1, (_, n) => n + 1), DeliveredAt = System.Diagnostics.Stopwatch.GetTimestamp() };
        var recent = _recent.GetOrAdd(e.OfficeId, _ => new RecentEvents());
        lock (recent) recent.Ring[e.Sequence % Remembered] = (e.Sequence, e.CaseId);
        foreach (var handler in Handlers(Delivered)) _ = Task.Run(() => RunAsync(handler, e));
        return Task.CompletedTask;
    }

    private static IEnumerable<Func<BoardEvent, Task>> Handlers(Func<BoardEvent, Task>? list) =>
        list?.GetInvocationList().Cast<Func<BoardEvent, Task>>() ?? [];

    internal void PageFailed(Exception ex) => log.LogWarning(ex, "Papan gagal dimuat ulang setelah perubahan");

    private async Task RunAsync(Func<BoardEvent, Task> handler, BoardEvent e)
    {
        try
        {
            await handler(e);
        }
        catch (Exception ex)
        {
            // One broken page must not keep the event from the others.
            log.LogWarning(ex, "Pelanggan papan gagal menerima {Kind}", e.Kind);
        }
    }
}
