using System.Collections.Concurrent;
using System.Diagnostics;

namespace Portal.Live;

/// <summary>
/// Reads that every open page of an office shares: loaded once per change of that office and served from memory
/// to each page that asks, instead of one identical query per open board on every event. A read is current while
/// no board event of the office has been delivered since it started (the change it announces was saved before),
/// and, where given, while it is younger than its maximum age (for figures that move with the clock alone).
/// Callers scope each key to what any staff member of the office may see; per-role shaping happens after.
/// </summary>
public sealed class OfficeSnapshots(BoardEvents events)
{
    private readonly ConcurrentDictionary<(int OfficeId, string Key), Entry> _entries = new();

    private sealed class Entry(long sequence, Lazy<Task<object>> value)
    {
        public long Sequence { get; } = sequence;
        public long LoadedAt { get; } = Stopwatch.GetTimestamp();
        public Lazy<Task<object>> Value { get; } = value;
    }

    public async Task<T> GetAsync<T>(int officeId, string key, Func<CancellationToken, Task<T>> load, TimeSpan? maxAge = null) where T : class
    {
        // Read before loading: an event delivered during the load leaves this entry behind for the next reader.
        var sequence = events.Sequence(officeId);
        while (true)
        {
            if (_entries.TryGetValue((officeId, key), out var entry) && Current(entry, sequence, maxAge))
                return (T)await entry.Value.Value;
            // The first reader after a change loads; those who come while it runs wait for the same load.
            var fresh = new Entry(sequence, new Lazy<Task<object>>(async () => await load(CancellationToken.None)));
            var placed = entry is null ? _entries.TryAdd((officeId, key), fresh) : _entries.TryUpdate((officeId, key), fresh, entry);
            if (placed) return (T)await fresh.Value.Value;
        }
    }

    private static bool Current(Entry entry, long sequence, TimeSpan? maxAge)
    {
        if (entry.Sequence < sequence) return false;
        if (maxAge is { } age && Stopwatch.GetElapsedTime(entry.LoadedAt) > age) return false;
        // A failed load is not kept: the next reader tries again.
        return !entry.Value.IsValueCreated || !entry.Value.Value.IsFaulted && !entry.Value.Value.IsCanceled;
    }
}
