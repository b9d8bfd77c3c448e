namespace Portal.Live;

/// <summary>
/// Something changed that boards show. It carries ids and kinds only — never a client's name or NIK — because
/// it also goes to clients outside Blazor (wall displays).
/// </summary>
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
}
