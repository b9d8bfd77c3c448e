using System.Collections.Concurrent;
using System.Diagnostics;

namespace Portal.Live;

/// <summary>
/// Reads that every open page of an office shares: loaded once per change of that office and served from memory
/// to each page that asks, instead of one identical query per open board on every event. A read is current while
/// no board event of the office has been delivered since it started (the change it announces was saved before),
/// and, where given, while it is younger than its maximum age (for figures that move with the clock alone).
/// A read that can be mended takes, after events that each name a case, only those cases again
/// (<see cref="GetAsync{T}(int, string, Func{CancellationToken, Task{T}}, Func{T, IReadOnlySet{Guid}, CancellationToken, Task{T}}, TimeSpan?)"/>):
/// the cost of a change is then that case's rows, not the office's. Its maximum age still counts from the last full load.
/// Callers scope each key to what any staff member of the office may see; per-role shaping happens after.
/// </summary>
public sealed class OfficeSnapshots(BoardEvents events)
{
    private readonly ConcurrentDictionary<(int OfficeId, string Key), Entry> _entries = new();

    private sealed class Entry(long sequence, Lazy<Task<object>> value, long loadedAt)
    {
        public long Sequence { get; } = sequence;
        public long LoadedAt { get; } = loadedAt;
        public Lazy<Task<object>> Value { get; } = value;
    }

    public Task<T> GetAsync<T>(int officeId, string key, Func<CancellationToken, Task<T>> load, TimeSpan? maxAge = null) where T : class =>
        GetAsync(officeId, key, load, null, maxAge);

    /// <param name="mend">Given the read as it was and the cases changed since, the read as it is now.</param>
    public async Task<T> GetAsync<T>(int officeId, string key, Func<CancellationToken, Task<T>> load,
        Func<T, IReadOnlySet<Guid>, CancellationToken, Task<T>>? mend, TimeSpan? maxAge = null) where T : class
    {
        // Read before loading: an event delivered during the load leaves this entry behind for the next reader.
        var sequence = events.Sequence(officeId);
        while (true)
        {
            if (_entries.TryGetValue((officeId, key), out var entry) && Current(entry, sequence, maxAge))
                return (T)await entry.Value.Value;
            // The first reader after a change loads; those who come while it runs wait for the same load.
            var fresh = Mended(officeId, entry, sequence, mend, maxAge)
                ?? new Entry(sequence, new Lazy<Task<object>>(async () => await load(CancellationToken.None)), Stopwatch.GetTimestamp());
            var placed = entry is null ? _entries.TryAdd((officeId, key), fresh) : _entries.TryUpdate((officeId, key), fresh, entry);
            if (placed) return (T)await fresh.Value.Value;
        }
    }

    private Entry? Mended<T>(int officeId, Entry? entry, long sequence, Func<T, IReadOnlySet<Guid>, CancellationToken, Task<T>>? mend, TimeSpan? maxAge)
        where T : class
    {
        if (mend is null || entry is null || Failed(entry) || TooOld(entry, maxAge)) return null;
        if (events.CasesChangedBetween(officeId, entry.Sequence, sequence) is not { } cases) return null;
        var before = entry.Value;
        return new Entry(sequence, new Lazy<Task<object>>(async () => await mend((T)await before.Value, cases, CancellationToken.None)), entry.LoadedAt);
    }

    private static bool Current(Entry entry, long sequence, TimeSpan? maxAge) =>
        entry.Sequence >= sequence && !TooOld(entry, maxAge) && !Failed(entry);

    private static bool TooOld(Entry entry, TimeSpan? maxAge) => maxAge is { } age && Stopwatch.GetElapsedTime(entry.LoadedAt) > age;

    // A failed load is not kept (nor mended): the next reader tries again.
    private static bool Failed(Entry entry) => entry.Value.IsValueCreated && (entry.Value.Value.IsFaulted || entry.Value.Value.IsCanceled);
}
