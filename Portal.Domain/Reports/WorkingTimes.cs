namespace Portal.Domain.Reports;

/// <summary>How long a set of steps took in working time: the average and the 90th percentile (nearest rank).</summary>
public sealed record WorkingTimes(int Count, TimeSpan? Average, TimeSpan? P90)
{
    public static WorkingTimes Of(IEnumerable<TimeSpan> spans)
    {
        var sorted = spans.OrderBy(s => s).ToList();
        if (sorted.Count == 0) return new(0, null, null);
        var average = TimeSpan.FromTicks((long)sorted.Average(s => s.Ticks));
        // Nearest rank: the smallest value at or above 90% of the set, so it is always a time some step really took.
        var rank = (int)Math.Ceiling(0.9 * sorted.Count);
        return new(sorted.Count, average, sorted[rank - 1]);
    }
}
