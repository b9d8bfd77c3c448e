using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Sops;

namespace Portal.Deadlines;

/// <summary>Queues monev tasks on their dates.</summary>
public static class MonevPlanner
{
    /// <summary>The follow-up visit after a case closes, when its SOP prescribes one.</summary>
    public static void ForClosedCase(PortalDbContext db, Case kasus, SopDefinition sop, WorkingCalendar calendar, DateTimeOffset now)
    {
        if (kasus.Status != CaseStatus.Selesai || sop.MonevSetelahSelesai is not { } interval) return;
        var role = sop.Langkah.SelectMany(s => s.Pelaksana).Contains(StaffRole.Peksos) ? StaffRole.Peksos : sop.Langkah[^1].Pelaksana[0];
        db.MonevTasks.Add(Task(kasus.OfficeId, kasus.Id, sop.Kode, MonevKind.KunjunganLanjutan,
            $"Kunjungan monev {interval} setelah kasus {sop.Nama} selesai", role, calendar, now, interval));
    }

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
