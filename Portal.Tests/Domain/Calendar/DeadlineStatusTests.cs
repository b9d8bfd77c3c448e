using Portal.Domain.Calendar;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Domain.Calendar;

public class DeadlineStatusTests
{
    private static readonly DateTimeOffset Started = Wita(2025, 11, 10, 10, 0);
    private static readonly DateTimeOffset Due = Wita(2025, 11, 13, 16, 0);

    private static string At(DateTimeOffset now) => DeadlineStatus.Evaluate(Tarakan, Started, Due, now).Describe();

    [Fact]
    public void Long_lateness_reads_in_working_days_and_hours()
    {
        // Friday 9 h + Monday 8.5 h + Tuesday 2.5 h = 20 working hours: two usual (8.5 h) days and 3 hours.
        Assert.Equal("terlambat 2 hari 3 jam kerja", At(Wita(2025, 11, 18, 10, 0)));
    }

    [Fact]
    public void Lateness_under_a_day_reads_in_hours_without_zero_minutes()
    {
        Assert.Equal("terlambat 2 jam kerja", At(Wita(2025, 11, 14, 9, 30)));
        Assert.Equal("terlambat 1 jam 15 menit kerja", At(Wita(2025, 11, 14, 8, 45)));
    }

    [Fact]
    public void A_step_that_has_just_passed_its_due_time_never_reads_zero_minutes_late()
    {
        Assert.Equal("terlambat; batas baru saja lewat", At(Due));
        Assert.Equal("sisa 45 menit kerja", At(Wita(2025, 11, 13, 15, 15)));
    }

    [Fact]
    public void The_usual_working_day_is_the_most_common_day_length()
    {
        Assert.Equal(TimeSpan.FromHours(8.5), OfficeHours.Default.UsualDay);
        // Beyond a day the minutes no longer matter to anyone reading a board.
        Assert.Equal("1 hari", WorkingDuration.Describe(TimeSpan.FromHours(9), OfficeHours.Default.UsualDay));
    }
}
