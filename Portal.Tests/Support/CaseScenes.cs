using Microsoft.Extensions.DependencyInjection;
using Portal.Cases;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Sops;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Support;

/// <summary>Cases brought to a known point through the real workflow, for tests about what happens next.</summary>
public static class CaseScenes
{
    /// <summary>
    /// A Tarakan PMBS case opened by the peksos and taken through all five steps (the koordinator answers "ya"):
    /// closing it queues its kunjungan lanjutan for the peksos. The portal needs its staff (AddStaffAsync).
    /// <paramref name="afterOpening"/> runs between the opening and the first step (to move the clock, say).
    /// </summary>
    public static async Task<(Guid CaseId, Actor Peksos)> ClosedPmbsCaseAsync(TestPortal portal, Action? afterOpening = null)
    {
        var peksos = await portal.ActorAsync("tarakan", StaffRole.Peksos);
        var koordinator = await portal.ActorAsync("tarakan", StaffRole.Koordinator);
        var shelter = await portal.ActorAsync("tarakan", StaffRole.PetugasShelter);
        var workflow = portal.Get<CaseWorkflow>();
        var query = portal.Get<CaseDetailQuery>();
        var id = await workflow.OpenAsync(peksos, "koordinasi-pmbs", new CaseOpening(peksos.OfficeId, null, [await portal.AddClientAsync(peksos.OfficeId)], [], null));
        afterOpening?.Invoke();
        foreach (var (actor, answer) in new (Actor, Jawaban?)[] { (peksos, null), (peksos, null), (koordinator, Jawaban.Ya), (koordinator, null), (shelter, null) })
        {
            var k = (await query.LoadAsync(actor, id))!.Case;
            await workflow.CompleteStepAsync(actor, id, k.Version, k.CurrentStep!.Id, new(null, answer, null));
        }
        return (id, peksos);
    }

    /// <summary>A Tarakan repatriation case brought to its 3-day assessment (step 4) now, on the host's own clock.</summary>
    public static Task<Guid> AssessmentAsync(IServiceProvider services, Func<StaffRole, Task<Actor>> actor) =>
        ToAssessmentAsync(services, actor, () => { });

    /// <summary>
    /// A Tarakan repatriation case whose 3-day assessment (step 4) starts Monday 10 Nov 2025 10:00 WITA:
    /// due Thursday 13 Nov 16:00, warned Thursday 09:42.
    /// </summary>
    public static Task<Guid> AssessmentStartingMondayTenAsync(IServiceProvider services, Func<StaffRole, Task<Actor>> actor, ManualClock clock)
    {
        clock.Now = Wita(2025, 11, 10, 9, 0);
        return ToAssessmentAsync(services, actor, () => clock.Now = clock.Now < Wita(2025, 11, 10, 9, 20) ? clock.Now.AddMinutes(10) : Wita(2025, 11, 10, 10, 0));
    }

    private static async Task<Guid> ToAssessmentAsync(IServiceProvider services, Func<StaffRole, Task<Actor>> actor, Action beforeEachStep)
    {
        var workflow = services.GetRequiredService<CaseWorkflow>();
        var query = services.GetRequiredService<CaseDetailQuery>();
        var admin = await actor(StaffRole.Pengadministrasi);
        var client = await services.GetRequiredService<Portal.Clients.ClientRegistry>().RegisterAsync(admin,
            new("Agus Pakpahan", null, "Tidak memiliki KTP", null, Portal.Domain.Clients.Sex.LakiLaki, null, null, null, null));
        var id = await workflow.OpenAsync(admin, "pemulangan-orang-terlantar", new CaseOpening(admin.OfficeId, null, [client], [], null));
        foreach (var role in new[] { StaffRole.Pengadministrasi, StaffRole.Pengadministrasi, StaffRole.Koordinator })
        {
            var by = await actor(role);
            var kasus = (await query.LoadAsync(by, id))!.Case;
            var def = (await services.GetRequiredService<SopCache>().DefinitionAsync(kasus.SopRevisionId)).Step(kasus.CurrentStep!.StepNo);
            foreach (var k in def.Kelengkapan.Where(k => k.Wajib))
                await workflow.TickAsync(by, id, await query.VersionAsync(by, id), kasus.CurrentStep.Id, k.Nama, true);
            beforeEachStep();
            await workflow.CompleteStepAsync(by, id, await query.VersionAsync(by, id), kasus.CurrentStep.Id, new(null, null, null));
        }
        return id;
    }
}

public static class CaseDetailQueryVersion
{
    /// <summary>The case's version as a user's screen would show it now (a change may record more than one entry).</summary>
    public static async Task<int> VersionAsync(this CaseDetailQuery query, Actor actor, Guid id) => (await query.LoadAsync(actor, id))!.Case.Version;
}
