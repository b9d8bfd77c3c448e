using Portal.Domain.Calendar;
using Portal.Domain.Sops;
using Portal.Tests.Support;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Domain.Calendar;

public class WorkingCalendarTests
{
    private static DateTimeOffset Due(WorkingCalendar cal, DateTimeOffset start, string waktu) =>
        cal.DueAt(start, Waktu.TryParse(waktu, out _)!).DueAt;

    [Fact]
    public void One_hari_from_Thursday_27_March_2025_is_due_Tuesday_8_April_at_closing()
    {
        // Nyepi CB/LN, Idulfitri LN and CB through 7 April: the first working day after is 8 April.
        Assert.Equal(Wita(2025, 4, 8, 16, 0), Due(Tarakan, Wita(2025, 3, 27, 10, 0), "1 hari"));
    }

    [Fact]
    public void Assessment_due_in_3_working_days_skips_the_weekend()
    {
        // Thursday 6 Nov 2025: Fri (1), Mon (2), Tue (3).
        Assert.Equal(Wita(2025, 11, 11, 16, 0), Due(Tarakan, Wita(2025, 11, 6, 9, 0), "3 hari"));
    }

    [Fact]
    public void Hari_started_after_closing_counts_from_the_next_working_day()
    {
        // Monday 17:00 is after closing: day 0 is Tuesday, 1 hari is Wednesday.
        Assert.Equal(Wita(2025, 11, 12, 16, 0), Due(Tarakan, Wita(2025, 11, 10, 17, 0), "1 hari"));
    }

    [Fact]
    public void Hari_started_on_a_saturday_counts_from_monday()
    {
        Assert.Equal(Wita(2025, 11, 11, 16, 0), Due(Tarakan, Wita(2025, 11, 8, 10, 0), "1 hari"));
    }

    [Fact]
    public void Minutes_started_after_closing_start_counting_at_the_next_opening()
    {
        Assert.Equal(Wita(2025, 11, 11, 8, 0), Due(Tarakan, Wita(2025, 11, 10, 18, 30), "30 menit"));
    }

    [Fact]
    public void Minutes_started_before_opening_start_counting_at_opening()
    {
        Assert.Equal(Wita(2025, 11, 10, 7, 45), Due(Tarakan, Wita(2025, 11, 10, 6, 0), "15 menit"));
    }

    [Fact]
    public void Minutes_carry_over_closing_into_the_next_working_day()
    {
        // Monday 15:50: 10 minutes left on Monday, 20 on Tuesday from 07:30.
        Assert.Equal(Wita(2025, 11, 11, 7, 50), Due(Tarakan, Wita(2025, 11, 10, 15, 50), "30 menit"));
    }

    [Fact]
    public void Friday_afternoon_jam_use_the_later_friday_closing_and_continue_on_monday()
    {
        // Friday closes 16:30: 90 minutes on Friday, 30 on Monday.
        Assert.Equal(Wita(2025, 11, 17, 8, 0), Due(Tarakan, Wita(2025, 11, 14, 15, 0), "2 jam"));
    }

    [Fact]
    public void Hari_due_on_a_friday_is_due_at_the_friday_closing()
    {
        Assert.Equal(Wita(2025, 11, 14, 16, 30), Due(Tarakan, Wita(2025, 11, 13, 9, 0), "1 hari"));
    }

    [Fact]
    public void Days_before_a_holiday_skip_christmas_and_its_cuti_bersama()
    {
        // Wed 24 Dec 2025 is day 0; 25 LN, 26 CB, weekend; 29, 30, 31 are days 1–3.
        Assert.Equal(Wita(2025, 12, 31, 16, 0), Due(Tarakan, Wita(2025, 12, 24, 10, 0), "3 hari"));
    }

    [Fact]
    public void A_step_started_inside_cuti_bersama_counts_from_the_first_working_day_after()
    {
        // 2 April 2025 is cuti bersama Idulfitri; day 0 is Tuesday 8 April.
        Assert.Equal(Wita(2025, 4, 9, 16, 0), Due(Tarakan, Wita(2025, 4, 2, 10, 0), "1 hari"));
    }

    [Fact]
    public void Minutes_started_inside_cuti_bersama_count_from_the_next_opening()
    {
        Assert.Equal(Wita(2025, 4, 8, 9, 0), Due(Tarakan, Wita(2025, 4, 3, 11, 0), "90 menit"));
    }

    [Fact]
    public void Working_days_cross_the_year_end_and_skip_new_year()
    {
        // Wed 31 Dec 2025 day 0; 1 Jan 2026 LN; Fri 2 Jan (1), Mon 5 Jan (2).
        Assert.Equal(Wita(2026, 1, 5, 16, 0), Due(Tarakan, Wita(2025, 12, 31, 9, 0), "2 hari"));
    }

    [Fact]
    public void A_month_from_31_January_ends_on_the_last_day_of_february()
    {
        // 28 Feb 2025 is a Friday: due at its 16:30 closing.
        Assert.Equal(Wita(2025, 2, 28, 16, 30), Due(Tarakan, Wita(2025, 1, 31, 9, 0), "1 bulan"));
    }

    [Fact]
    public void A_span_in_bulan_that_lands_on_a_weekend_moves_to_the_next_working_day()
    {
        // 31 Dec 2025 + 1 bulan = Sat 31 Jan 2026 → Mon 2 Feb 2026.
        Assert.Equal(Wita(2026, 2, 2, 16, 0), Due(Tarakan, Wita(2025, 12, 31, 9, 0), "1 bulan"));
    }

    [Fact]
    public void Two_minggu_is_the_same_weekday_two_weeks_later_unless_it_is_a_holiday()
    {
        Assert.Equal(Wita(2025, 11, 24, 16, 0), Due(Tarakan, Wita(2025, 11, 10, 9, 0), "2 minggu"));
        // Mon 11 May 2026 + 2 weeks = Mon 25 May, working; Thu 30 Apr 2026 + 2 weeks = Thu 14 May (LN) → Mon 18 May (15 May CB).
        Assert.Equal(Wita(2026, 5, 18, 16, 0), Due(Tarakan, Wita(2026, 4, 30, 9, 0), "2 minggu"));
    }

    [Fact]
    public void Each_office_counts_in_its_own_time_zone()
    {
        var tarakan = Due(Tarakan, Wita(2025, 11, 6, 9, 0), "3 hari");
        var lamandau = Due(Lamandau, Wib(2025, 11, 6, 9, 0), "3 hari");
        Assert.Equal(TimeSpan.FromHours(8), tarakan.Offset);
        Assert.Equal(TimeSpan.FromHours(7), lamandau.Offset);
        // Both close at 16:00 local on Tuesday: Lamandau's closing is an hour later in UTC.
        Assert.Equal(TimeSpan.FromHours(1), lamandau.UtcDateTime - tarakan.UtcDateTime);
    }

    [Fact]
    public void The_same_utc_instant_is_after_closing_in_tarakan_but_before_closing_in_lamandau()
    {
        // 07:30 UTC = 15:30 WITA (30 minutes before closing) = 14:30 WIB (90 minutes before).
        var instant = new DateTimeOffset(2025, 11, 10, 7, 30, 0, TimeSpan.Zero);
        Assert.Equal(Wita(2025, 11, 11, 8, 0), Due(Tarakan, instant, "60 menit"));
        Assert.Equal(Wib(2025, 11, 10, 15, 30), Due(Lamandau, instant, "60 menit"));
    }

    [Fact]
    public void Fourteen_hari_kalender_count_the_weekends_and_christmas_and_keep_the_clock_time()
    {
        // Friday 19 Dec 2025 10:00 + 14 days: Friday 2 Jan 2026 10:00, though Christmas, its cuti bersama and two
        // weekends lie between. "14 hari" (working days) would run to mid-January.
        Assert.Equal(Wita(2026, 1, 2, 10, 0), Due(Tarakan, Wita(2025, 12, 19, 10, 0), "14 hari kalender"));
        Assert.Equal(Wita(2026, 1, 2, 10, 0), Due(Tarakan, Wita(2025, 12, 19, 10, 0), "paling lama 14 hari kalender"));
        Assert.True(Due(Tarakan, Wita(2025, 12, 19, 10, 0), "14 hari") > Wita(2026, 1, 9, 0, 0));
    }

    [Fact]
    public void A_calendar_day_may_end_on_a_sunday()
    {
        Assert.Equal(Wita(2025, 11, 9, 10, 0), Due(Tarakan, Wita(2025, 11, 8, 10, 0), "1 hari kalender"));
    }

    [Fact]
    public void A_deadline_in_a_year_without_holiday_data_still_computes_and_says_so()
    {
        var deadline = Tarakan.DueAt(Wita(2027, 3, 4, 9, 0), new Waktu(3, WaktuUnit.Hari));
        Assert.Equal(Wita(2027, 3, 9, 16, 0), deadline.DueAt); // weekends only
        Assert.Equal([2027], deadline.YearsWithoutHolidays);
        Assert.False(Tarakan.DueAt(Wita(2025, 3, 4, 9, 0), new Waktu(3, WaktuUnit.Hari)).HolidaysMissing);
    }

    [Fact]
    public void Office_hours_split_around_a_break_leave_the_break_out_of_minutes()
    {
        var hours = new OfficeHours(
            new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                .SelectMany(d => new[]
                {
                    (d, new OfficeWindow(new TimeOnly(7, 30), new TimeOnly(12, 0))),
                    (d, new OfficeWindow(new TimeOnly(13, 0), new TimeOnly(16, 0))),
                }));
        var cal = new WorkingCalendar(Tarakan.TimeZone, hours, []);
        Assert.Equal(Wita(2025, 11, 10, 13, 30), Due(cal, Wita(2025, 11, 10, 11, 30), "60 menit"));
    }

    [Fact]
    public void Working_time_between_counts_only_office_hours()
    {
        // Friday 16:00 → Monday 08:30: 30 minutes on Friday, 60 on Monday.
        Assert.Equal(TimeSpan.FromMinutes(90), Tarakan.WorkingTimeBetween(Wita(2025, 11, 14, 16, 0), Wita(2025, 11, 17, 8, 30)));
        Assert.Equal(TimeSpan.FromMinutes(-90), Tarakan.WorkingTimeBetween(Wita(2025, 11, 17, 8, 30), Wita(2025, 11, 14, 16, 0)));
    }

    [Fact]
    public void Overlapping_office_windows_are_refused_with_a_reason()
    {
        var e = Assert.Throws<ArgumentException>(() => new OfficeHours(
        [
            (DayOfWeek.Monday, new OfficeWindow(new TimeOnly(7, 30), new TimeOnly(12, 0))),
            (DayOfWeek.Monday, new OfficeWindow(new TimeOnly(11, 0), new TimeOnly(16, 0))),
        ]));
        Assert.Contains("bertumpuk", e.Message);
    }
}
