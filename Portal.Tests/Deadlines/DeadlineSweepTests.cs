using Microsoft.EntityFrameworkCore;
using Portal.Cases;
using Portal.Deadlines;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Deadlines;

/// <summary>The timed work, with the clock moved by the test and the sweep called as Hangfire would call it.</summary>
public class DeadlineSweepTests
{
    private static async Task<(TestPortal Portal, Guid CaseId)> AssessmentRunningAsync()
    {
        var portal = await TestPortal.StartAsync();
        await portal.AddStaffAsync();
        var id = await CaseScenes.AssessmentStartingMondayTenAsync(portal.Services, r => portal.ActorAsync("tarakan", r), portal.Clock);
        return (portal, id);
    }

    private static async Task<List<(string User, string Kind)>> NotificationsAsync(TestPortal portal)
    {
        await using var db = await portal.DbAsync(null);
        return (await db.Notifications.IgnoreQueryFilters().OrderBy(n => n.Id).Select(n => new { n.UserId, n.Kind }).ToListAsync())
            .Select(n => (n.UserId, n.Kind)).ToList();
    }

    [Fact]
    public async Task A_late_three_day_assessment_warns_flags_and_escalates_once_each_at_its_working_time_moment_to_the_right_people()
    {
        var (portal, id) = await AssessmentRunningAsync();
        await using var _ = portal;
        var sweep = portal.Get<DeadlineSweep>();
        var step = (await portal.Get<CaseDetailQuery>().LoadAsync(await portal.ActorAsync("tarakan", StaffRole.Peksos), id))!.Case.CurrentStep!;
        Assert.Equal(4, step.StepNo);
        // Mon 10:00 → Thu 16:00: 31.5 office hours; 80% is reached Thursday 09:42.
        Assert.Equal(Wita(2025, 11, 13, 16, 0), step.DueAt);
        Assert.Equal(Wita(2025, 11, 13, 9, 42), step.WarnAt);

        portal.Clock.Now = Wita(2025, 11, 13, 9, 41);
        await sweep.RunAsync();
        Assert.DoesNotContain(await NotificationsAsync(portal), n => n.Kind != "MonevPengingat");

        portal.Clock.Now = Wita(2025, 11, 13, 9, 42);
        await sweep.RunAsync();
        await sweep.RunAsync();
        Assert.Equal([("peksos.tarakan", "MendekatiBatas")], await NotificationsAsync(portal));

        portal.Clock.Now = Wita(2025, 11, 13, 15, 59);
        await sweep.RunAsync();
        Assert.Single(await NotificationsAsync(portal));

        portal.Clock.Now = Wita(2025, 11, 13, 16, 0);
        await sweep.RunAsync();
        await sweep.RunAsync();
        var late = (await NotificationsAsync(portal)).Where(n => n.Kind == "Terlambat").Select(n => n.User).Order();
        Assert.Equal(["kabid.tarakan", "koordinator.tarakan", "peksos.tarakan"], late);

        // Still late one working day later: Friday's closing, 16:30.
        portal.Clock.Now = Wita(2025, 11, 14, 16, 29);
        await sweep.RunAsync();
        Assert.DoesNotContain(await NotificationsAsync(portal), n => n.Kind == "Eskalasi");
        portal.Clock.Now = Wita(2025, 11, 14, 16, 30);
        await sweep.RunAsync();
        await sweep.RunAsync();
        Assert.Equal(["kadis.tarakan"], (await NotificationsAsync(portal)).Where(n => n.Kind == "Eskalasi").Select(n => n.User));

        var history = (await portal.Get<CaseDetailQuery>().LoadAsync(await portal.ActorAsync("tarakan", StaffRole.Kabid), id))!.History;
        Assert.Equal(1, history.Count(e => e.Kind == CaseEventKind.MendekatiBatas));
        Assert.Equal(1, history.Count(e => e.Kind == CaseEventKind.Terlambat));
        Assert.Equal(1, history.Count(e => e.Kind == CaseEventKind.Eskalasi));
        Assert.All(history.Where(e => e.Kind is CaseEventKind.Terlambat), e => Assert.Equal(Actor.SystemUserId, e.ActorUserId));
    }

    [Fact]
    public async Task An_assessment_completed_in_time_is_never_flagged()
    {
        var (portal, id) = await AssessmentRunningAsync();
        await using var _ = portal;
        var peksos = await portal.ActorAsync("tarakan", StaffRole.Peksos);
        var kasus = (await portal.Get<CaseDetailQuery>().LoadAsync(peksos, id))!.Case;
        var workflow = portal.Get<CaseWorkflow>();
        await workflow.TickAsync(peksos, id, kasus.Version, kasus.CurrentStep!.Id, "Instrumen asesmen pekerja sosial", true);
        portal.Clock.Now = Wita(2025, 11, 12, 11, 0);
        kasus = (await portal.Get<CaseDetailQuery>().LoadAsync(peksos, id))!.Case;
        await workflow.CompleteStepAsync(peksos, id, kasus.Version, kasus.CurrentStep!.Id, new(null, null, null));

        portal.Clock.Now = Wita(2025, 11, 20, 9, 0);
        await portal.Get<DeadlineSweep>().RunAsync();

        var flagged = (await NotificationsAsync(portal)).Where(n => n.Kind is "Terlambat" or "Eskalasi").ToList();
        // Step 5 (15 menit) ran late and is flagged; the assessment itself never was.
        Assert.All(flagged, n => Assert.NotEqual("kadis.tarakan", n.User));
        var history = (await portal.Get<CaseDetailQuery>().LoadAsync(peksos, id))!.History;
        Assert.DoesNotContain(history, e => e.Kind == CaseEventKind.Terlambat && e.StepNo == 4);
    }

    [Fact]
    public async Task Waiting_on_the_province_pauses_the_clock_only_where_the_sop_says_so()
    {
        var (portal, id) = await AssessmentRunningAsync();
        await using var _ = portal;
        var peksos = await portal.ActorAsync("tarakan", StaffRole.Peksos);
        var workflow = portal.Get<CaseWorkflow>();
        var kasus = (await portal.Get<CaseDetailQuery>().LoadAsync(peksos, id))!.Case;

        // The assessment keeps running while waiting (the SOP does not pause it): its due time stays.
        await workflow.StartWaitingAsync(peksos, id, kasus.Version, kasus.CurrentStep!.Id, PihakLuar.DinsosProvinsi, "Menunggu data dari Dinsos Provinsi");
        portal.Clock.Now = Wita(2025, 11, 11, 10, 0);
        kasus = (await portal.Get<CaseDetailQuery>().LoadAsync(peksos, id))!.Case;
        await workflow.StopWaitingAsync(peksos, id, kasus.Version, kasus.CurrentStep!.Id);
        var after = (await portal.Get<CaseDetailQuery>().LoadAsync(peksos, id))!.Case.CurrentStep!;
        Assert.Equal(Wita(2025, 11, 13, 16, 0), after.DueAt);
        Assert.Equal(TimeSpan.FromHours(8.5), after.WaitedTotal);
    }

    [Fact]
    public async Task A_meal_limit_step_reminds_the_shelter_officer_and_the_peksos_before_the_fourteen_days()
    {
        var portal = await TestPortal.StartAsync(Wita(2025, 11, 3, 9, 0));
        await using var _ = portal;
        await portal.AddStaffAsync();
        var shelter = await portal.ActorAsync("tarakan", StaffRole.PetugasShelter);
        var workflow = portal.Get<CaseWorkflow>();
        var id = await workflow.OpenAsync(shelter, "permakanan-nasi-bungkus", new CaseOpening(shelter.OfficeId, null, [await portal.AddClientAsync(shelter.OfficeId)], [], null));
        var kasus = (await portal.Get<CaseDetailQuery>().LoadAsync(shelter, id))!.Case;
        await workflow.TickAsync(shelter, id, kasus.Version, kasus.CurrentStep!.Id, "Daftar penerima permakanan", true);
        kasus = (await portal.Get<CaseDetailQuery>().LoadAsync(shelter, id))!.Case;
        await workflow.CompleteStepAsync(shelter, id, kasus.Version, kasus.CurrentStep!.Id, new(null, null, null));
        var meals = (await portal.Get<CaseDetailQuery>().LoadAsync(shelter, id))!.Case.CurrentStep!;
        Assert.Equal(Wita(2025, 11, 17, 9, 0), meals.DueAt); // Monday 3 Nov 09:00 + 14 hari kalender

        portal.Clock.Now = meals.WarnAt!.Value.AddMinutes(-1);
        await portal.Get<DeadlineSweep>().RunAsync();
        Assert.DoesNotContain(await NotificationsAsync(portal), n => n.Kind == "MendekatiBatas");

        portal.Clock.Now = meals.WarnAt!.Value;
        await portal.Get<DeadlineSweep>().RunAsync();
        await portal.Get<DeadlineSweep>().RunAsync();
        Assert.Equal(["peksos.tarakan", "petugas-shelter.tarakan"],
            (await NotificationsAsync(portal)).Where(n => n.Kind == "MendekatiBatas").Select(n => n.User).Order());

        // The bell names the client (never a whole NIK) and the case number before the SOP.
        await using var db = await portal.DbAsync(shelter.OfficeId);
        var text = await db.Notifications.Where(n => n.Kind == "MendekatiBatas").Select(n => n.Text).FirstAsync();
        Assert.StartsWith("Mendekati batas: Budi Santoso (tanpa NIK) · TRK-2025-00001 · langkah 2 (", text);
    }

    [Fact]
    public async Task A_closed_case_queues_its_follow_up_monev_with_a_reminder_and_a_missed_flag()
    {
        var portal = await TestPortal.StartAsync(Wita(2025, 11, 3, 9, 0));
        await using var _ = portal;
        await portal.AddStaffAsync();
        var (id, peksos) = await CaseScenes.ClosedPmbsCaseAsync(portal);

        await using var db = await portal.DbAsync(peksos.OfficeId);
        var task = await db.MonevTasks.SingleAsync(t => t.CaseId == id);
        Assert.Equal((MonevKind.KunjunganLanjutan, StaffRole.Peksos), (task.Kind, task.Role));
        Assert.Equal(Wita(2025, 12, 3, 16, 0), task.DueAt); // 1 bulan after Monday 3 Nov

        portal.Clock.Now = task.RemindAt;
        await portal.Get<DeadlineSweep>().RunAsync();
        await portal.Get<DeadlineSweep>().RunAsync();
        Assert.Equal(["peksos.tarakan"], (await NotificationsAsync(portal)).Where(n => n.Kind == "MonevPengingat").Select(n => n.User).Distinct());
        Assert.Single(await NotificationsAsync(portal), n => n.Kind == "MonevPengingat" && n.User == "peksos.tarakan");

        portal.Clock.Now = task.DueAt;
        await portal.Get<DeadlineSweep>().RunAsync();
        await portal.Get<DeadlineSweep>().RunAsync();
        Assert.Equal(["kabid.tarakan", "peksos.tarakan"], (await NotificationsAsync(portal)).Where(n => n.Kind == "MonevTerlewat").Select(n => n.User).Order());
    }

    [Fact]
    public async Task Each_service_standard_has_its_evaluation_by_the_kepala_dinas_queued_once()
    {
        await using var portal = await TestPortal.StartAsync(Wita(2025, 11, 3, 9, 0));
        await portal.Get<DeadlineSweep>().RunAsync();
        await portal.Get<DeadlineSweep>().RunAsync();
        await using var db = await portal.DbAsync(null);
        var task = await db.MonevTasks.IgnoreQueryFilters().SingleAsync(t => t.Kind == MonevKind.EvaluasiStandarPelayanan);
        Assert.Equal(("sp-rujukan-lk3", StaffRole.Kadis, Wita(2026, 2, 3, 16, 0)), (task.SopKode, task.Role, task.DueAt));
    }
}
