using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Sops;

namespace Portal.Deadlines;

/// <summary>Queues monev tasks on their dates.</summary>
public static class MonevPlanner
{
    /// <summary>The follow-up visit a closed case planned (<see cref="Case.PlannedMonev"/>).</summary>
    public static MonevTask FollowUp(FollowUpMonev plan) => new()
    {
        Id = Guid.CreateVersion7(), OfficeId = plan.OfficeId, CaseId = plan.CaseId, SopKode = plan.SopKode, Kind = MonevKind.KunjunganLanjutan,
        Title = plan.Title, Role = plan.Role, CreatedAt = plan.PlannedAt, DueAt = plan.DueAt, RemindAt = plan.RemindAt,
    };

    public static MonevTask Task(int officeId, Guid? caseId, string sopKode, MonevKind kind, string title, StaffRole role,
        WorkingCalendar calendar, DateTimeOffset now, Waktu interval)
    {
        var due = calendar.DueAt(now, interval).DueAt;
        return new MonevTask
        {
            Id = Guid.CreateVersion7(), OfficeId = officeId, CaseId = caseId, SopKode = sopKode, Kind = kind, Title = title, Role = role,
            CreatedAt = now, DueAt = due, RemindAt = calendar.WarningAt(now, due),
        };
    }
}
