using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Cases;
using Portal.Data;
using Portal.Deadlines;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Deadlines;

public class RestartTests
{
    [Fact]
    public async Task After_a_restart_on_the_same_database_nothing_is_lost_and_nothing_is_flagged_twice()
    {
        using var folder = Repo.TempFolder();
        var clock = new ManualClock(Wita(2025, 11, 10, 9, 0));
        Guid id;

        await using (var first = new PortalFactory(dataFolder: folder.Path, clock: clock))
        {
            _ = first.Address;
            id = await CaseScenes.AssessmentStartingMondayTenAsync(first.Services, r => first.ActorAsync($"{(r == StaffRole.PetugasShelter ? "shelter" : r.Code())}.tarakan"), clock);
            clock.Now = Wita(2025, 11, 13, 9, 42); // past the warning, before the due time
            await first.Services.GetRequiredService<DeadlineSweep>().RunAsync();
            Assert.Equal(["MendekatiBatas"], await KindsAsync(first, id));
        }

        // The server was down over the due time; the sweep of the new host finds it in the database.
        clock.Now = Wita(2025, 11, 13, 17, 0);
        await using (var second = new PortalFactory(dataFolder: folder.Path, clock: clock))
        {
            _ = second.Address;
            using (var connection = second.Services.GetRequiredService<JobStorage>().GetConnection())
                Assert.Contains(connection.GetRecurringJobs(), j => j.Id == DeadlineExtensions.SweepJobId && j.Cron == Cron.Minutely());

            await second.Services.GetRequiredService<DeadlineSweep>().RunAsync();
            await second.Services.GetRequiredService<DeadlineSweep>().RunAsync();

            var kinds = await KindsAsync(second, id);
            Assert.Single(kinds, k => k == "MendekatiBatas");
            Assert.Equal(3, kinds.Count(k => k == "Terlambat")); // peksos, koordinator, kabid — once each
            var peksos = await second.ActorAsync("peksos.tarakan");
            var kasus = (await second.Services.GetRequiredService<CaseDetailQuery>().LoadAsync(peksos, id))!.Case;
            Assert.Equal([1, 2, 3], kasus.Steps.Where(s => s.IsCompleted).Select(s => s.StepNo));
            Assert.Equal(Wita(2025, 11, 13, 16, 0), kasus.CurrentStep!.DueAt);
        }
    }

    private static async Task<List<string>> KindsAsync(PortalFactory portal, Guid caseId)
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Notifications.IgnoreQueryFilters().Where(n => n.CaseId == caseId).OrderBy(n => n.Id).Select(n => n.Kind).ToListAsync();
    }
}
