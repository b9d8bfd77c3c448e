using Portal.Cases;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Cases;

/// <summary>The sweep's batched change: many cases, one save; a colleague's save in between costs speed, never a change.</summary>
public class ChangeRunningStepsTests
{
    [Fact]
    public async Task A_colleague_saving_during_a_batch_sends_it_case_by_case_and_nothing_is_lost_or_doubled()
    {
        await using var portal = await TestPortal.StartAsync();
        await portal.AddStaffAsync();
        var first = await CaseScenes.AssessmentStartingMondayTenAsync(portal.Services, r => portal.ActorAsync("tarakan", r), portal.Clock);
        var second = await CaseScenes.AssessmentStartingMondayTenAsync(portal.Services, r => portal.ActorAsync("tarakan", r), portal.Clock);
        var peksos = await portal.ActorAsync("tarakan", StaffRole.Peksos);
        var detail = portal.Get<CaseDetailQuery>();
        var workflow = portal.Get<CaseWorkflow>();
        var step = (await detail.LoadAsync(peksos, first))!.Case.CurrentStep!;
        portal.Clock.Now = Wita(2025, 11, 13, 16, 0);

        var rounds = new List<int>();
        var colleagueSaved = false;
        await workflow.ChangeRunningStepsAsync(Actor.System(peksos.OfficeId), [first, second], async (changes, ct) =>
        {
            rounds.Add(changes.Count);
            foreach (var c in changes) c.Case.ApplyDeadlines(c.Sop, c.Calendar, portal.Clock);
            if (colleagueSaved) return;
            colleagueSaved = true;
            await workflow.TickAsync(peksos, first, await detail.VersionAsync(peksos, first), step.Id, "Instrumen asesmen pekerja sosial", true, ct);
        });

        // The batch of two was dropped at its save, then each case went on its own.
        Assert.Equal([2, 1, 1], rounds);
        foreach (var id in new[] { first, second })
        {
            var history = (await detail.LoadAsync(peksos, id))!.History;
            Assert.Equal(1, history.Count(e => e.Kind == CaseEventKind.Terlambat));
            Assert.Equal(1, history.Count(e => e.Kind == CaseEventKind.MendekatiBatas));
        }
        var kept = (await detail.LoadAsync(peksos, first))!;
        Assert.Contains(kept.History, e => e.Kind == CaseEventKind.KelengkapanDicentang);
        Assert.Contains("Instrumen asesmen pekerja sosial", kept.Case.CurrentStep!.KelengkapanTicked);
    }

    [Fact]
    public async Task A_batch_loads_only_the_running_step_and_saves_every_case_it_changed_at_once()
    {
        await using var portal = await TestPortal.StartAsync();
        await portal.AddStaffAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
            ids.Add(await CaseScenes.AssessmentStartingMondayTenAsync(portal.Services, r => portal.ActorAsync("tarakan", r), portal.Clock));
        var kabid = await portal.ActorAsync("tarakan", StaffRole.Kabid);
        var versions = new Dictionary<Guid, int>();
        foreach (var id in ids) versions[id] = await portal.Get<CaseDetailQuery>().VersionAsync(kabid, id);
        portal.Clock.Now = Wita(2025, 11, 13, 16, 0);

        var rounds = 0;
        await portal.Get<CaseWorkflow>().ChangeRunningStepsAsync(Actor.System(kabid.OfficeId), ids, (changes, _) =>
        {
            rounds++;
            foreach (var c in changes)
            {
                Assert.Equal(4, Assert.Single(c.Case.Steps).StepNo);
                c.Case.ApplyDeadlines(c.Sop, c.Calendar, portal.Clock);
            }
            return Task.CompletedTask;
        });

        Assert.Equal(1, rounds);
        foreach (var id in ids)
        {
            var kasus = (await portal.Get<CaseDetailQuery>().LoadAsync(kabid, id))!.Case;
            Assert.Equal(versions[id] + 2, kasus.Version);
            Assert.Equal(4, kasus.Steps.Count);
        }
    }
}
