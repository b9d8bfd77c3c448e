using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Domain.Cases;

/// <summary>Lamandau's anak terlantar SOP run per intake round: steps 1–5 once for the round, then a case per chosen child.</summary>
public class CohortTests
{
    private readonly ManualClock _clock = new(Wib(2026, 1, 5, 8, 0));
    private static readonly SopRevisionRef Sop = new(7, SeedSops.Read("lamandau", "sop-anak-terlantar.yaml"));
    private static readonly Actor Kasi = new("u-kasi", "Hendra", StaffRole.Koordinator, 3);
    private static readonly Actor Staf = new("u-staf", "Yanti", StaffRole.Peksos, 3);

    private readonly List<Guid> _applicants = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToList();

    private Case OpenRound() => Case.Open(
        new CaseOpening(3, null, _applicants, [], null) { Angkatan = "Angkatan I 2026" }, Sop, Staf, Calendars.Lamandau, _clock);

    private void DoRoundSteps(Case round)
    {
        foreach (var no in new[] { 1, 2, 3, 4 })
        {
            var actor = Sop.Definition.Step(no).Pelaksana.Contains(StaffRole.Koordinator) ? Kasi : Staf;
            round.CompleteStep(round.CurrentStep!.Id, new($"Output {no}", null, null), actor, Sop, Calendars.Lamandau, _clock);
        }
    }

    private List<CohortChoice> Choices(int chosen) => _applicants.Select((id, i) =>
        new CohortChoice(id, $"Anak {i + 1}", i < chosen, i < chosen ? null : "Usia di luar ketentuan panti")).ToList();

    [Fact]
    public void Ten_applicants_four_selected_go_on_from_step_6_and_six_close_with_their_reason()
    {
        var round = OpenRound();
        Assert.True(round.IsRound);
        Assert.Equal(10, round.ClientIds.Count);
        DoRoundSteps(round);
        Assert.Equal(5, round.CurrentStep!.StepNo);

        var children = round.SelectBeneficiaries(round.CurrentStep.Id, Choices(4), new("Data calon PM", null, null), Kasi, Sop, Calendars.Lamandau, _clock);

        Assert.Equal(4, children.Count);
        Assert.All(children, c =>
        {
            Assert.Equal((round.Id, "Angkatan I 2026", 6), (c.ParentCaseId!.Value, c.Angkatan!, c.CurrentStep!.StepNo));
            Assert.Single(c.ClientIds);
            Assert.False(c.IsRound);
            // Steps 1–5 are the round's: the child's history says so and does not repeat them.
            Assert.Single(c.Steps);
            Assert.Contains(c.History, e => e.Kind == CaseEventKind.DibukaDariAngkatan && e.Description.Contains("langkah 1–5 dikerjakan bersama angkatan"));
        });
        Assert.Equal(_applicants.Take(4), children.Select(c => c.ClientIds[0]));
        Assert.Equal(CaseStatus.Selesai, round.Status);
        var refused = round.History.Where(e => e.Kind == CaseEventKind.PendaftarTidakTerpilih).ToList();
        Assert.Equal(6, refused.Count);
        Assert.Equal("Anak 5 tidak terpilih: Usia di luar ketentuan panti", refused[0].Description);
        Assert.Equal(4, round.Links.Count);
        Assert.Contains(round.History, e => e.Description == "Menetapkan penerima manfaat langkah 5: 4 dari 10 pendaftar terpilih");
        // A round planned no follow-up monev of its own: that belongs to each child's closure.
        Assert.Empty(round.PlannedMonev);
    }

    [Fact]
    public void The_selection_needs_a_verdict_for_every_applicant_and_a_reason_for_each_not_chosen()
    {
        var round = OpenRound();
        DoRoundSteps(round);
        var step = round.CurrentStep!.Id;
        StepCompletion done = new(null, null, null);

        var plain = Assert.Throws<DomainRuleException>(() => round.CompleteStep(step, done, Kasi, Sop, Calendars.Lamandau, _clock));
        Assert.StartsWith("Langkah 5 menetapkan penerima manfaat Angkatan I 2026", plain.Message);
        var missing = Assert.Throws<DomainRuleException>(() => round.SelectBeneficiaries(step, Choices(4).Take(9).ToList(), done, Kasi, Sop, Calendars.Lamandau, _clock));
        Assert.Equal("Tentukan terpilih atau tidak untuk setiap pendaftar: 1 pendaftar belum ditentukan.", missing.Message);
        var noReason = Choices(4).Select((c, i) => i == 9 ? c with { Alasan = " " } : c).ToList();
        Assert.Equal("Tuliskan alasan untuk pendaftar yang tidak terpilih: Anak 10.",
            Assert.Throws<DomainRuleException>(() => round.SelectBeneficiaries(step, noReason, done, Kasi, Sop, Calendars.Lamandau, _clock)).Message);
        var stranger = Choices(4).Append(new CohortChoice(Guid.NewGuid(), "Orang lain", true, null)).ToList();
        Assert.Equal("Orang lain bukan pendaftar Angkatan I 2026.",
            Assert.Throws<DomainRuleException>(() => round.SelectBeneficiaries(step, stranger, done, Kasi, Sop, Calendars.Lamandau, _clock)).Message);
        Assert.Throws<DomainRuleException>(() => round.SelectBeneficiaries(step, Choices(4), done, Staf, Sop, Calendars.Lamandau, _clock));

        // Nothing of the refused attempts was recorded: the round still waits at step 5.
        Assert.Equal((CaseStatus.Aktif, 5), (round.Status, round.CurrentStep!.StepNo));
    }

    [Fact]
    public void A_selection_step_that_is_a_decision_or_the_last_step_is_refused()
    {
        var bad = Sop.Definition with { Angkatan = new AngkatanRule(17) };
        Assert.Contains(SopValidator.Validate(bad, new HashSet<string>()), p => p.Field == "angkatan.seleksi" && p.Message.Contains("langkah terakhir"));
        Assert.DoesNotContain(SopValidator.Validate(Sop.Definition, new HashSet<string>()), p => p.Field.StartsWith("angkatan"));
    }
}
