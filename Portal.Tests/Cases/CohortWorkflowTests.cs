using Microsoft.EntityFrameworkCore;
using Portal.Cases;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Cases;

/// <summary>A round of Lamandau's anak terlantar programme saved, numbered and shown on the boards.</summary>
public class CohortWorkflowTests
{
    [Fact]
    public async Task A_round_of_ten_saves_four_numbered_beneficiary_cases_that_the_boards_show_with_their_round()
    {
        await using var portal = await TestPortal.StartAsync();
        var lamandau = await portal.OfficeIdAsync("lamandau");
        var staf = await portal.ActorAsync("lamandau", StaffRole.Peksos);
        var kasi = await portal.ActorAsync("lamandau", StaffRole.Koordinator);
        var workflow = portal.Get<CaseWorkflow>();
        var query = portal.Get<CaseDetailQuery>();
        var applicants = new List<Guid>();
        for (var i = 0; i < 10; i++) applicants.Add(await portal.AddClientAsync(lamandau));

        var round = await workflow.OpenAsync(staf, "anak-terlantar", new CaseOpening(lamandau, null, applicants.Take(9).ToList(), [], null) { Angkatan = "Angkatan II 2026" });
        Assert.Contains(await portal.Get<CaseQueries>().BoardAsync(kasi, null, "anak-terlantar"), c => c.CaseId == round && c.Angkatan == "Angkatan II 2026");
        for (var no = 1; no <= 4; no++)
        {
            if (no == 3)
            {
                // The tenth registers while the registration step runs.
                await workflow.AddApplicantAsync(staf, round, await query.VersionAsync(staf, round), applicants[9]);
                var version = await query.VersionAsync(staf, round);
                var twice = await Assert.ThrowsAsync<Portal.Domain.DomainRuleException>(() =>
                    workflow.AddApplicantAsync(staf, round, version, applicants[9]));
                Assert.EndsWith("sudah terdaftar di Angkatan II 2026.", twice.Message);
                Assert.Equal(10, (await query.LoadAsync(staf, round))!.Case.ClientIds.Count);
            }
            var detail = (await query.LoadAsync(staf, round))!;
            var actor = detail.Sop.Step(detail.Case.CurrentStep!.StepNo).Pelaksana.Contains(StaffRole.Peksos) ? staf : kasi;
            await workflow.CompleteStepAsync(actor, round, detail.Case.Version, detail.Case.CurrentStep.Id, new(null, null, null));
        }
        var selection = (await query.LoadAsync(kasi, round))!;
        var verdicts = applicants.Select((id, i) => (id, i % 3 == 0, i % 3 == 0 ? null : (string?)"Kuota panti penuh")).ToList();

        var opened = await workflow.SelectBeneficiariesAsync(kasi, round, selection.Case.Version, selection.Case.CurrentStep!.Id, verdicts, new("Data calon PM", null, null));

        Assert.Equal(4, opened.Count);
        await using var db = await portal.DbAsync(lamandau);
        var children = await db.Cases.Include(c => c.Steps).Where(c => c.ParentCaseId == round).ToListAsync();
        Assert.Equal(opened.Order(), children.Select(c => c.Id).Order());
        Assert.All(children, c => Assert.StartsWith("LMD-", c.Nomor));
        Assert.Equal(4, children.Select(c => c.Nomor).Distinct().Count());
        Assert.Equal([0, 3, 6, 9], children.Select(c => applicants.IndexOf(c.ClientIds[0])).Order());
        Assert.Equal(6, await db.CaseEvents.CountAsync(e => e.CaseId == round && e.Kind == CaseEventKind.PendaftarTidakTerpilih));
        Assert.Equal(CaseStatus.Selesai, (await db.Cases.SingleAsync(c => c.Id == round)).Status);

        var tasks = (await portal.Get<CaseQueries>().TasksForAsync(staf)).Where(t => opened.Contains(t.CaseId)).ToList();
        Assert.Equal(4, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(("6", "Angkatan II 2026"), (t.Label, t.Angkatan)));
    }
}
