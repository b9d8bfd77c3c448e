namespace Portal.Live;

/// <summary>
/// Something changed that boards show. It carries ids and kinds only — never a client's name or NIK — because
/// it also goes to clients outside Blazor (wall displays).
/// </summary>
/// <param name="Roles">Roles whose boards change: the pelaksana of the step before and of the step after the change.</param>
public sealed record BoardEvent(
    Guid Id,
    int OfficeId,
    int? SeksiId,
    Guid? CaseId,
    string Kind,
    int? StepNo,
    IReadOnlyList<string> Roles,
    DateTimeOffset At)
{
    /// <summary>Users who got a notification with this event (their bell refreshes).</summary>
    public IReadOnlyList<string> NotifiedUserIds { get; init; } = [];

    /// <summary>The case's SOP, so a board filtered to another SOP skips the event.</summary>
    public string? SopKode { get; init; }

    /// <summary>The case version after the change: a page that already shows this version (its own action) skips it.</summary>
    public int? CaseVersion { get; init; }

    /// <summary>
    /// The office's running count of events, given on delivery: a page shows the latest it has drawn
    /// (<c>data-live-seq</c>), so a wall display or the benchmark can tell a page that is behind.
    /// </summary>
    public long Sequence { get; init; }

    /// <summary>When this process delivered it to its pages (<see cref="System.Diagnostics.Stopwatch"/> ticks): how far behind a page is counts from here.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public long DeliveredAt { get; init; }

    /// <summary>Whether a board of <paramref name="seksiId"/> (null: every seksi) and <paramref name="sopKode"/> (null: every SOP) shows this case.</summary>
    public bool Concerns(int? seksiId, string? sopKode) =>
        CaseId is null
        || ((seksiId is null || SeksiId is null || SeksiId == seksiId) && (sopKode is null || SopKode is null || SopKode == sopKode));
}
