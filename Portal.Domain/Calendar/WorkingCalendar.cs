using Portal.Domain.Sops;

namespace Portal.Domain.Calendar;

/// <summary>A deadline and the years it crossed for which the office has no holiday data.</summary>
public sealed record Deadline(DateTimeOffset DueAt, IReadOnlyList<int> YearsWithoutHolidays)
{
    public bool HolidaysMissing => YearsWithoutHolidays.Count > 0;
}

/// <summary>
/// An office's working time: its time zone, office hours and non-working days.
/// Computes due times by the rule in DOMAIN.md; all results carry the office's UTC offset.
/// </summary>
public sealed class WorkingCalendar
{
    // A step may run for years (6 bulan at a panti) but never this long; guards against a calendar with no open day.
    private const int MaxDaysScanned = 366 * 5;

    private readonly HashSet<DateOnly> _closedDates;
    private readonly HashSet<int> _yearsWithHolidays;

    public WorkingCalendar(TimeZoneInfo timeZone, OfficeHours hours, IEnumerable<Holiday> holidays)
    {
        TimeZone = timeZone;
        Hours = hours;
        var list = holidays.ToList();
        _closedDates = list.Select(h => h.Date).ToHashSet();
        _yearsWithHolidays = list.Select(h => h.Date.Year).ToHashSet();
        if (!Enum.GetValues<DayOfWeek>().Any(d => hours.On(d).Count > 0))
            throw new ArgumentException("Jam kerja kantor kosong: setidaknya satu hari harus memiliki jam kerja.");
    }

    public TimeZoneInfo TimeZone { get; }
    public OfficeHours Hours { get; }

    /// <summary>The share of a step's working time after which it is close to due and warned (setting Deadlines:WarningShare).</summary>
    public double WarningShare { get; init; } = 0.8;

    public bool HasHolidayDataFor(int year) => _yearsWithHolidays.Contains(year);

    public bool IsWorkingDay(DateOnly date) =>
        Hours.On(date.DayOfWeek).Count > 0 && !_closedDates.Contains(date);

    public DateTimeOffset ToOfficeTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    /// <summary>The due time of a step of the given waktu started at <paramref name="start"/>.</summary>
    public Deadline DueAt(DateTimeOffset start, Waktu waktu)
    {
        var missing = new SortedSet<int>();
        var local = ToOfficeTime(start).DateTime;
        var due = waktu.Unit switch
        {
            WaktuUnit.Menit or WaktuUnit.Jam => AddOfficeMinutes(local, waktu.OfficeMinutes!.Value, missing),
            WaktuUnit.Hari => CloseOf(AddWorkingDays(StartDay(local, missing), waktu.Amount, missing)),
            WaktuUnit.Minggu => CloseOf(OnOrAfterWorkingDay(StartDay(local, missing).AddDays(7 * waktu.Amount), missing)),
            WaktuUnit.Bulan => CloseOf(OnOrAfterWorkingDay(StartDay(local, missing).AddMonths(waktu.Amount), missing)),
            // "Paling lama 14 hari" of a shelter's meals: the same clock time N days on, weekends and holidays counted.
            WaktuUnit.HariKalender => local.AddDays(waktu.Amount),
            _ => throw new ArgumentOutOfRangeException(nameof(waktu)),
        };
        return new Deadline(AtOffice(due), missing.ToList());
    }

    /// <summary>The instant <paramref name="span"/> of office time after <paramref name="start"/> (minute precision).</summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan span)
    {
        var minutes = (int)Math.Round(span.TotalMinutes);
        if (minutes <= 0) return start;
        return AtOffice(AddOfficeMinutes(ToOfficeTime(start).DateTime, minutes, new SortedSet<int>()));
    }

    /// <summary>Closing time of the first working day after the day of <paramref name="instant"/> ("one working day later").</summary>
    public DateTimeOffset CloseOfNextWorkingDay(DateTimeOffset instant)
    {
        var missing = new SortedSet<int>();
        return AtOffice(CloseOf(NextWorkingDay(DateOnly.FromDateTime(ToOfficeTime(instant).DateTime), missing)));
    }

    /// <summary>When a step started at <paramref name="start"/> and due at <paramref name="due"/> should be warned.</summary>
    public DateTimeOffset WarningAt(DateTimeOffset start, DateTimeOffset due) =>
        AddWorkingTime(start, WorkingTimeBetween(start, due) * WarningShare);

    /// <summary>Office-hours time between two instants; negative when <paramref name="to"/> is earlier.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from) return -WorkingTimeBetween(to, from);
        var a = ToOfficeTime(from).DateTime;
        var b = ToOfficeTime(to).DateTime;
        var total = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(a); day <= DateOnly.FromDateTime(b); day = day.AddDays(1))
        {
            if (!IsWorkingDay(day)) continue;
            foreach (var w in Hours.On(day.DayOfWeek))
            {
                var open = day.ToDateTime(w.Open);
                var close = day.ToDateTime(w.Close);
                var s = open > a ? open : a;
                var e = close < b ? close : b;
                if (e > s) total += e - s;
            }
        }
        return total;
    }

    private DateTimeOffset AtOffice(DateTime local) => new(local, TimeZone.GetUtcOffset(local));

    private DateTime CloseOf(DateOnly day) => day.ToDateTime(Hours.On(day.DayOfWeek)[^1].Close);

    /// <summary>Day 0 of a hari/minggu/bulan count: a start on a closed day or after closing moves to the next working day.</summary>
    private DateOnly StartDay(DateTime local, ISet<int> missing)
    {
        var day = DateOnly.FromDateTime(local);
        Note(day, missing);
        if (IsWorkingDay(day) && TimeOnly.FromDateTime(local) < Hours.On(day.DayOfWeek)[^1].Close) return day;
        return NextWorkingDay(day, missing);
    }

    private DateOnly AddWorkingDays(DateOnly day, int count, ISet<int> missing)
    {
        for (var i = 0; i < count; i++) day = NextWorkingDay(day, missing);
        return day;
    }

    private DateOnly OnOrAfterWorkingDay(DateOnly day, ISet<int> missing)
    {
        Note(day, missing);
        return IsWorkingDay(day) ? day : NextWorkingDay(day, missing);
    }

    private DateOnly NextWorkingDay(DateOnly day, ISet<int> missing)
    {
        for (var i = 0; i < MaxDaysScanned; i++)
        {
            day = day.AddDays(1);
            Note(day, missing);
            if (IsWorkingDay(day)) return day;
        }
        throw new InvalidOperationException("Tidak ada hari kerja dalam lima tahun ke depan; periksa kalender kantor.");
    }

    private DateTime AddOfficeMinutes(DateTime local, int minutes, ISet<int> missing)
    {
        var remaining = minutes;
        var day = DateOnly.FromDateTime(local);
        for (var i = 0; i < MaxDaysScanned; i++, day = day.AddDays(1))
        {
            Note(day, missing);
            if (!IsWorkingDay(day)) continue;
            foreach (var w in Hours.On(day.DayOfWeek))
            {
                var open = day.ToDateTime(w.Open);
                var close = day.ToDateTime(w.Close);
                var from = open > local ? open : local;
                if (from >= close) continue;
                var available = (int)(close - from).TotalMinutes;
                if (remaining <= available) return from.AddMinutes(remaining);
                remaining -= available;
            }
        }
        throw new InvalidOperationException("Tidak ada hari kerja dalam lima tahun ke depan; periksa kalender kantor.");
    }

    private void Note(DateOnly day, ISet<int> missing)
    {
        if (!_yearsWithHolidays.Contains(day.Year)) missing.Add(day.Year);
    }
}
