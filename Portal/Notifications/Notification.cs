namespace Portal.Notifications;

/// <summary>A message for one staff member about one case (late step, reminder, escalation).</summary>
public sealed class Notification
{
    /// <summary>The column's length on both engines (PostgreSQL refuses a longer text); the case history keeps the whole of it.</summary>
    public const int MaxTextLength = 1000;

    public long Id { get; set; }
    public int OfficeId { get; set; }
    public required string UserId { get; set; }
    public Guid? CaseId { get; set; }
    public required string Kind { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
