using Portal.Cases;
using Portal.Dashboard;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Dashboard;

public class DashboardQueriesTests
{
    [Fact]
    public async Task Every_week_of_the_period_is_on_the_chart_axis_even_without_cases()
    {
        await using var portal = await TestPortal.StartAsync(new DateTimeOffset(2025, 11, 3, 1, 0, 0, TimeSpan.Zero));
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        await portal.Get<CaseWorkflow>().OpenAsync(admin, "rujukan-lk3",
            new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
        portal.Clock.Now = portal.Clock.Now.AddDays(28);

        var kabid = await portal.ActorAsync("tarakan", StaffRole.Kabid);
        var weeks = (await portal.Get<DashboardQueries>().LoadAsync(kabid, portal.Clock.Now.AddDays(-35))).Weeks;

        Assert.Equal(6, weeks.Count);
        Assert.All(weeks.Zip(weeks.Skip(1)), pair => Assert.Equal(pair.First.WeekStart.AddDays(7), pair.Second.WeekStart));
        Assert.Equal(1, weeks.Single(w => w.WeekStart == new DateOnly(2025, 11, 3)).Intake);
        Assert.Equal(5, weeks.Count(w => w.Intake == 0 && w.Closed == 0));
    }
}
