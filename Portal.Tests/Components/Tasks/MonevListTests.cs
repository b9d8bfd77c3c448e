using Bunit;
using Microsoft.EntityFrameworkCore;
using Portal.Components.Tasks;
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
        var (id, peksos) = await CaseScenes.ClosedPmbsCaseAsync(portal);

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
