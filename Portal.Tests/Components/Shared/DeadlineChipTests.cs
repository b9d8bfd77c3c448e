using Bunit;
using Portal.Components.Shared;
using Portal.Domain.Calendar;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Components.Shared;

public class DeadlineChipTests
{
    [Fact]
    public async Task A_late_chip_says_late_once_with_the_working_time_and_the_due_moment()
    {
        await using var ctx = new BunitContext();
        var due = Wita(2025, 11, 13, 16, 0);
        var status = DeadlineStatus.Evaluate(Tarakan, Wita(2025, 11, 10, 10, 0), due, Wita(2025, 11, 18, 10, 0));

        var chip = ctx.Render<DeadlineChip>(p => p.Add(x => x.Status, status).Add(x => x.DueAt, due).Add(x => x.Calendar, Tarakan));

        Assert.Equal("Terlambat 2 hari 3 jam kerja", chip.Find("[data-deadline]").TextContent);
        Assert.Contains("batas Kam, 13 Nov 2025 16.00", chip.Markup);
    }

    [Fact]
    public async Task A_running_chip_names_its_state_and_the_time_left()
    {
        await using var ctx = new BunitContext();
        var status = DeadlineStatus.Evaluate(Tarakan, Wita(2025, 11, 10, 10, 0), Wita(2025, 11, 13, 16, 0), Wita(2025, 11, 13, 15, 15));

        var chip = ctx.Render<DeadlineChip>(p => p.Add(x => x.Status, status));

        Assert.Equal("Mendekati batas · sisa 45 menit kerja", chip.Find("[data-deadline]").TextContent);
    }
}
