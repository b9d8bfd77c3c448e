using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Cases;
using Portal.Data;
using Portal.Deadlines;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Live;
using Portal.Tests.Support;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Deadlines;

/// <summary>
/// The exact-time timer on a host without Hangfire (the test portal runs no scheduler), so a flag can only come
/// from the timer. Waits are for a state, never for a time.
/// </summary>
public class DeadlineTimerTests
{
    private static async Task<(TestPortal Portal, Guid CaseId, CaseStep Step)> AssessmentAsync()
    {
        var portal = await TestPortal.StartAsync();
        await portal.AddStaffAsync();
        var id = await CaseScenes.AssessmentStartingMondayTenAsync(portal.Services, r => portal.ActorAsync("tarakan", r), portal.Clock);
        var step = (await portal.Get<CaseDetailQuery>().LoadAsync(await portal.ActorAsync("tarakan", StaffRole.Kabid), id))!.Case.CurrentStep!;
        return (portal, id, step);
    }

    private static DeadlineTimer Timer(TestPortal portal) => new(portal.Get<IDbContextFactory<PortalDbContext>>(), portal.Get<DeadlineSweep>(),
        portal.Get<BoardEvents>(), portal.Clock, NullLogger<DeadlineTimer>.Instance);

    private static async Task<int> LateFlagsAsync(TestPortal portal, Guid caseId)
    {
        await using var db = await portal.DbAsync(null);
        return await db.CaseEvents.IgnoreQueryFilters().CountAsync(e => e.CaseId == caseId && e.Kind == CaseEventKind.Terlambat);
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        // Well under the timer's longest sleep (30 s): a timer that only woke on that would fail here.
        var until = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("Keadaan yang ditunggu tidak tercapai dalam 15 detik.");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task The_next_instant_is_the_earliest_unmarked_one_after_the_last_sweep()
    {
        var (portal, _, step) = await AssessmentAsync();
        await using var _ = portal;
        var timer = Timer(portal);
        // Monday 10:00 → warned Thursday 09:42, due Thursday 16:00.
        Assert.Equal(Wita(2025, 11, 13, 9, 42), await timer.NextInstantAfterAsync(Wita(2025, 11, 10, 10, 0)));
        Assert.Equal(Wita(2025, 11, 13, 16, 0), await timer.NextInstantAfterAsync(step.WarnAt!.Value));

        portal.Clock.Now = Wita(2025, 11, 13, 9, 42);
        await portal.Get<DeadlineSweep>().RunAsync();
        // The warning is marked: only the due time is left of this step, whatever the floor.
        Assert.Equal(Wita(2025, 11, 13, 16, 0), await timer.NextInstantAfterAsync(Wita(2025, 11, 10, 10, 0)));
    }

    [Fact]
    public async Task The_timer_flags_a_step_at_its_due_time_without_the_minutely_sweep()
    {
        var (portal, id, step) = await AssessmentAsync();
        await using var _ = portal;
        portal.Clock.Now = step.WarnAt!.Value;
        await portal.Get<DeadlineSweep>().RunAsync();
        portal.Clock.Now = step.DueAt!.Value.AddSeconds(-1);
        var timer = Timer(portal);
        await timer.StartAsync(CancellationToken.None);
        try
        {
            Assert.Equal(0, await LateFlagsAsync(portal, id));
            // The clock reaches the due time with no event to wake the timer: it wakes by itself at the instant it computed.
            portal.Clock.Now = step.DueAt!.Value;
            await EventuallyAsync(async () => await LateFlagsAsync(portal, id) == 1);
        }
        finally
        {
            await timer.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_change_that_moves_the_next_instant_wakes_the_timer_and_the_step_is_flagged_once()
    {
        var (portal, id, step) = await AssessmentAsync();
        await using var _ = portal;
        var timer = Timer(portal);
        await timer.StartAsync(CancellationToken.None);
        try
        {
            // ExecuteAsync runs on the thread pool (.NET 10): its first look must be done before the clock moves,
            // or it would sweep on its own and race the colleague's tick.
            await EventuallyAsync(() => Task.FromResult(timer.AsleepUntil is not null));
            // Far from any instant the timer sleeps its longest; the clock jumps past the due time and a colleague's
            // tick (an event) wakes it.
            portal.Clock.Now = step.DueAt!.Value.AddMinutes(5);
            var peksos = await portal.ActorAsync("tarakan", StaffRole.Peksos);
            var version = (await portal.Get<CaseDetailQuery>().LoadAsync(peksos, id))!.Case.Version;
            await portal.Get<CaseWorkflow>().TickAsync(peksos, id, version, step.Id, "Instrumen asesmen pekerja sosial", true);
            await EventuallyAsync(async () => await LateFlagsAsync(portal, id) == 1);
            // The sweep run by hand at the same time finds nothing left to flag.
            await Task.WhenAll(portal.Get<DeadlineSweep>().RunAsync(), portal.Get<DeadlineSweep>().RunAsync());
            Assert.Equal(1, await LateFlagsAsync(portal, id));
        }
        finally
        {
            await timer.StopAsync(CancellationToken.None);
        }
    }
}
