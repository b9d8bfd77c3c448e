using Portal.Cases;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Cases;

/// <summary>Every seed SOP of both offices can be worked from intake to closure, each step by a role the SOP names.</summary>
public class EverySopRunsToClosureTests
{
    [Theory]
    [InlineData("tarakan")]
    [InlineData("lamandau")]
    public async Task Each_sop_closes_when_its_steps_are_done_by_their_roles(string office)
    {
        await using var portal = await TestPortal.StartAsync();
        var officeId = await portal.OfficeIdAsync(office);
        var sops = (await portal.Get<SopLibrary>().CurrentAsync(officeId)).Values
            .Select(v => v.Definition).Where(d => d.Jenis == SopDocumentKind.Sop).ToList();
        Assert.NotEmpty(sops);
        var workflow = portal.Get<CaseWorkflow>();
        var query = portal.Get<CaseDetailQuery>();
        var intake = await portal.ActorAsync(office, StaffRole.Pengadministrasi);

        foreach (var sop in sops)
        {
            var id = await workflow.OpenAsync(intake, sop.Kode,
                new CaseOpening(officeId, null, [await portal.AddClientAsync(officeId)], [], "Petugas Kelurahan"));
            for (var guard = 0; guard < 40; guard++)
            {
                var detail = (await query.LoadAsync(intake, id))!;
                if (detail.Case.Status == CaseStatus.Selesai) break;
                var step = detail.Case.CurrentStep!;
                var def = sop.Step(step.StepNo);
                var holder = await portal.ActorAsync(office, step.Pelaksana[0]);
                foreach (var k in def.Kelengkapan.Where(k => k.Wajib))
                    await workflow.TickAsync(holder, id, await query.VersionAsync(intake, id), step.Id, k.Nama, true);
                // A hand-off ("Staf → Kadis") goes through each holder in turn before the last completes it.
                for (var turn = step.Tahap; turn < def.StageCount - 1; turn++)
                    await workflow.HandOverAsync(await portal.ActorAsync(office, def.StageRoles(turn)[0]), id, await query.VersionAsync(intake, id), step.Id, null);
                var actor = await portal.ActorAsync(office, def.Pelaksana[0]);
                var version = await query.VersionAsync(intake, id);
                // "Ya" everywhere, except where Ya would loop back.
                var answer = def.Keputusan is { } d ? (d.Ya.StepNo is { } y && y < def.No ? Jawaban.Tidak : Jawaban.Ya) : (Jawaban?)null;
                portal.Clock.Advance(TimeSpan.FromMinutes(20));
                if (detail.Case.IsRound && sop.SelectsBeneficiaries(def))
                {
                    // A round selects its applicant; the beneficiary's own case is the one that runs on to closure.
                    var round = id;
                    id = Assert.Single(await workflow.SelectBeneficiariesAsync(actor, id, version, step.Id,
                        [(detail.Case.ClientIds[0], true, null)], new($"Output langkah {def.No}", null, null)));
                    Assert.Equal(CaseStatus.Selesai, (await query.LoadAsync(intake, round))!.Case.Status);
                    continue;
                }
                await workflow.CompleteStepAsync(actor, id, version, step.Id, new($"Output langkah {def.No}", answer, null));
            }

            var closed = (await query.LoadAsync(intake, id))!;
            Assert.True(closed.Case.Status == CaseStatus.Selesai, $"{sop.Kode} did not close");
            Assert.All(closed.Case.Steps, s => Assert.Contains(closed.History.First(e => e.Kind == CaseEventKind.LangkahSelesai && e.StepNo == s.StepNo).ActorUserId,
                sop.Step(s.StepNo).Pelaksana.Select(r => $"{r.Code()}.{office}")));
            Assert.All(closed.Case.Steps.Where(s => sop.Step(s.StepNo).StageCount > 1),
                s => Assert.Contains(closed.History, e => e.Kind == CaseEventKind.LangkahDiserahkan && e.StepNo == s.StepNo));
        }
    }
}
