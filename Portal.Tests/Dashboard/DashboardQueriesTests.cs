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

    [Fact]
    public async Task A_step_running_past_its_deadline_counts_against_compliance_and_names_its_holder_in_the_workload()
    {
        await using var portal = await TestPortal.StartAsync(new DateTimeOffset(2025, 11, 3, 1, 0, 0, TimeSpan.Zero));
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var workflow = portal.Get<CaseWorkflow>();
        var onTime = await workflow.OpenAsync(admin, "rujukan-lk3", new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
        var late = await workflow.OpenAsync(admin, "rujukan-lk3", new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId, "Siti")], [], null));
        var query = portal.Get<CaseDetailQuery>();
        foreach (var item in new[] { "Formulir layanan sosial", "Identitas klien (KTP)" })
        {
            var seen = (await query.LoadAsync(admin, onTime))!.Case;
            await workflow.TickAsync(admin, onTime, seen.Version, seen.CurrentStep!.Id, item, true);
        }
        var ticked = (await query.LoadAsync(admin, onTime))!.Case;
        await workflow.CompleteStepAsync(admin, onTime, ticked.Version, ticked.CurrentStep!.Id, new(null, null, null));
        var started = (await query.LoadAsync(admin, late))!.Case;
        await workflow.TickAsync(admin, late, started.Version, started.CurrentStep!.Id, "Formulir layanan sosial", true);
        portal.Clock.Now = portal.Clock.Now.AddHours(1); // the second case's 15-minute step 1 is now late

        var kabid = await portal.ActorAsync("tarakan", StaffRole.Kabid);
        var data = await portal.Get<DashboardQueries>().LoadAsync(kabid, portal.Clock.Now.AddDays(-7));

        var step1 = data.Compliance.Single(c => c.SopKode == "rujukan-lk3" && c.StepNo == 1);
        Assert.Equal((1, 1, 1, 0.5), (step1.Done, step1.OnTime, step1.RunningLate, step1.Share));
        Assert.Equal(0.5, data.Compliance.Single(c => c.SopKode == "rujukan-lk3" && c.StepNo is null).Share);
        Assert.Equal(1, data.LateTotal);
        // Nobody assigned her: ticking for step 1 made her its pengadministrasi.
        var holder = data.Workload.Single(w => w.UserId == admin.UserId);
        Assert.Equal((admin.Name, 1, 1), (holder.Name, holder.Open, holder.Late));
    }

    [Fact]
    public async Task Intake_and_closures_count_in_the_week_each_happened_and_only_within_the_period()
    {
        // Monday 3 Nov 2025, 09:00 WITA: a PMBS case comes in; it is taken to its end a week later.
        await using var portal = await TestPortal.StartAsync(new DateTimeOffset(2025, 11, 3, 1, 0, 0, TimeSpan.Zero));
        await portal.AddStaffAsync();
        await CaseScenes.ClosedPmbsCaseAsync(portal, afterOpening: () => portal.Clock.Now = portal.Clock.Now.AddDays(7));
        // A week after that another case comes in and is still running.
        portal.Clock.Now = portal.Clock.Now.AddDays(7);
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        await portal.Get<CaseWorkflow>().OpenAsync(admin, "rujukan-lk3", new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
        var kabid = await portal.ActorAsync("tarakan", StaffRole.Kabid);
        var dashboard = portal.Get<DashboardQueries>();

        var threeWeeks = (await dashboard.LoadAsync(kabid, portal.Clock.Now.AddDays(-21))).Weeks;
        // The closure counts in a period that does not hold the case's opening.
        var twoWeeks = (await dashboard.LoadAsync(kabid, portal.Clock.Now.AddDays(-7))).Weeks;

        Assert.Equal([(new DateOnly(2025, 10, 27), 0, 0), (new DateOnly(2025, 11, 3), 1, 0), (new DateOnly(2025, 11, 10), 0, 1), (new DateOnly(2025, 11, 17), 1, 0)],
            threeWeeks.Select(w => (w.WeekStart, w.Intake, w.Closed)));
        Assert.Equal([(new DateOnly(2025, 11, 10), 0, 1), (new DateOnly(2025, 11, 17), 1, 0)], twoWeeks.Select(w => (w.WeekStart, w.Intake, w.Closed)));
    }
}
