using Bunit;
using Microsoft.EntityFrameworkCore;
using Portal.Cases;
using Portal.Components.Tasks;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Components.Tasks;

public class MonevListTests
{
    [Fact]
    public async Task A_follow_up_visit_marked_done_on_Tugas_Saya_is_recorded_and_leaves_the_list()
    {
        await using var portal = await TestPortal.StartAsync(Wita(2025, 11, 3, 9, 0));
        await portal.AddStaffAsync();
        var peksos = await portal.ActorAsync("tarakan", StaffRole.Peksos);
        var koordinator = await portal.ActorAsync("tarakan", StaffRole.Koordinator);
        var shelter = await portal.ActorAsync("tarakan", StaffRole.PetugasShelter);
        var workflow = portal.Get<CaseWorkflow>();
        var query = portal.Get<CaseDetailQuery>();
        // A PMBS case closed queues a kunjungan lanjutan for the peksos.
        var id = await workflow.OpenAsync(peksos, "koordinasi-pmbs", new CaseOpening(peksos.OfficeId, null, [await portal.AddClientAsync(peksos.OfficeId)], [], null));
        foreach (var (actor, answer) in new (Actor, Jawaban?)[] { (peksos, null), (peksos, null), (koordinator, Jawaban.Ya), (koordinator, null), (shelter, null) })
        {
            var k = (await query.LoadAsync(actor, id))!.Case;
            await workflow.CompleteStepAsync(actor, id, k.Version, k.CurrentStep!.Id, new(null, answer, null));
        }

        await using var ctx = PortalComponents.Create(portal, peksos);
        var cut = ctx.Render<MonevList>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=monev] button")));
        Assert.Contains("Jatuh tempo", cut.Find("[data-testid=monev]").TextContent);

        await cut.InvokeAsync(() => cut.Find("[data-testid=monev] button").Click());

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=monev]")));
        await using var db = await portal.DbAsync(peksos.OfficeId);
        Assert.NotNull((await db.MonevTasks.SingleAsync(t => t.CaseId == id)).DoneAt);
    }
}
