namespace Portal.Domain.Calendar;

public enum DeadlineState { TanpaBatas, TepatWaktu, MendekatiBatas, Terlambat }

/// <summary>Where a running step stands against its due time, in the office's working time.</summary>
public sealed record DeadlineStatus(DeadlineState State, TimeSpan WorkingTimeLeft, double ShareUsed)
{
    public static DeadlineStatus Evaluate(WorkingCalendar calendar, DateTimeOffset startedAt, DateTimeOffset? dueAt, DateTimeOffset now)
    {
        if (dueAt is not { } due) return new(DeadlineState.TanpaBatas, TimeSpan.Zero, 0);
        var total = calendar.WorkingTimeBetween(startedAt, due);
        var left = now >= due ? -calendar.WorkingTimeBetween(due, now) : calendar.WorkingTimeBetween(now, due);
        var share = total <= TimeSpan.Zero ? (now >= due ? 1 : 0) : 1 - left / total;
        var state = now >= due ? DeadlineState.Terlambat : share >= calendar.WarningShare ? DeadlineState.MendekatiBatas : DeadlineState.TepatWaktu;
        return new(state, left, share) { WorkingDay = calendar.Hours.UsualDay };
    }

    /// <summary>The office's usual working day, so long spans read in days ("terlambat 2 hari 3 jam kerja").</summary>
    public TimeSpan WorkingDay { get; init; }

    /// <summary>"sisa 2 jam 15 menit kerja" / "terlambat 2 hari 3 jam kerja" / "terlambat; batas baru saja lewat".</summary>
    public string Describe()
    {
        if (State == DeadlineState.TanpaBatas) return "tanpa batas waktu";
        if (State == DeadlineState.Terlambat && WorkingTimeLeft.Duration() < TimeSpan.FromMinutes(1)) return "terlambat; batas baru saja lewat";
        var text = WorkingDuration.Describe(WorkingTimeLeft, WorkingDay);
        return State == DeadlineState.Terlambat ? $"terlambat {text} kerja" : $"sisa {text} kerja";
    }
}
