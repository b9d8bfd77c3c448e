using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Domain.Cases;

/// <summary>The rules that used to live outside the aggregate, or not at all.</summary>
public class CaseRuleGapsTests
{
    private const int Tarakan = 1;
    private readonly ManualClock _clock = new(Wita(2025, 11, 10, 8, 0));
    private static readonly Actor Admin = new("u-adm", "Nurhayati", StaffRole.Pengadministrasi, Tarakan);
    private static readonly Actor Peksos = new("u-pek", "Rizky", StaffRole.Peksos, Tarakan);
    private static readonly Actor Kabid = new("u-kab", "Andi", StaffRole.Kabid, Tarakan);

    private Case Open(SopRevisionRef sop) => Case.Open(new(Tarakan, 1, [Guid.NewGuid()], [], null), sop, Admin, Calendars.Tarakan, _clock);

    [Fact]
    public void Completing_a_step_while_waiting_ends_the_wait_and_keeps_the_time_waited()
    {
        var sop = new SopBuilder().Step(StaffRole.Pengadministrasi, "3 hari").Step(StaffRole.Peksos).Revision();
        var kasus = Open(sop);
        var step = kasus.CurrentStep!;
        kasus.StartWaiting(step.Id, PihakLuar.Disnaker, "Menunggu surat Disnaker", Admin, sop, _clock);
        _clock.Now = Wita(2025, 11, 10, 11, 0);

        kasus.CompleteStep(step.Id, new("Surat diterima", null, null), Admin, sop, Calendars.Tarakan, _clock);

        Assert.Null(step.WaitingSince);
        Assert.Null(step.WaitingFor);
        Assert.Equal(TimeSpan.FromHours(3), step.WaitedTotal);
        Assert.Contains(kasus.History, e => e.Kind == CaseEventKind.SelesaiMenunggu && e.StepNo == 1);
    }

    [Fact]
    public void Only_the_running_steps_own_pelaksana_may_record_a_wait()
    {
        var sop = new SopBuilder().Step(StaffRole.Pengadministrasi).Step(StaffRole.Peksos).Revision();
        var kasus = Open(sop);

        // The peksos works this SOP, but not its first step.
        var e = Assert.Throws<DomainRuleException>(() =>
            kasus.StartWaiting(kasus.CurrentStep!.Id, PihakLuar.Keluarga, "Menunggu keluarga", Peksos, sop, _clock));
        Assert.Contains("dikerjakan oleh Pengadministrasi", e.Message);
        Assert.Null(kasus.CurrentStep!.WaitingSince);
    }

    [Fact]
    public void A_rule_judged_with_another_revision_of_the_sop_is_refused()
    {
        var sop = new SopBuilder().Step(StaffRole.Pengadministrasi).Step(StaffRole.Peksos).Revision(1);
        var kasus = Open(sop);
        var newer = new SopBuilder().Step(StaffRole.Pengadministrasi).Revision(2);

        Assert.Throws<InvalidOperationException>(() =>
            kasus.CompleteStep(kasus.CurrentStep!.Id, new(null, null, null), Admin, newer, Calendars.Tarakan, _clock));
        Assert.False(kasus.Steps[0].IsCompleted);
    }

    [Fact]
    public void Closing_a_case_plans_the_follow_up_monev_its_sop_prescribes_once()
    {
        var definition = new SopBuilder().Step(StaffRole.Pengadministrasi).Step(StaffRole.Peksos).Build() with { MonevSetelahSelesai = Waktu.TryParse("1 bulan", out _) };
        var sop = new SopRevisionRef(1, definition);
        var kasus = Open(sop);
        kasus.CompleteStep(kasus.CurrentStep!.Id, new(null, null, null), Admin, sop, Calendars.Tarakan, _clock);
        Assert.Empty(kasus.PlannedMonev);

        kasus.CompleteStep(kasus.CurrentStep!.Id, new(null, null, null), Peksos, sop, Calendars.Tarakan, _clock);

        var plan = Assert.Single(kasus.TakePlannedMonev());
        Assert.Equal((kasus.Id, StaffRole.Peksos), (plan.CaseId, plan.Role));
        Assert.True(plan.DueAt > _clock.Now.AddDays(27));
        Assert.Empty(kasus.TakePlannedMonev());
    }

    [Fact]
    public void A_role_that_does_not_work_the_case_cannot_attach_documents()
    {
        var sop = new SopBuilder().Step(StaffRole.Pengadministrasi).Revision();
        var kasus = Open(sop);

        var e = Assert.Throws<DomainRuleException>(() => kasus.RecordAttachment("surat.pdf", 2048, Kabid, sop, _clock));
        Assert.Contains("tidak dapat dilampirkan", e.Message);
        kasus.RecordAttachment("surat.pdf", 2048, Admin, sop, _clock);
        Assert.Equal(CaseEventKind.BerkasDilampirkan, kasus.History[^1].Kind);
    }

    [Fact]
    public void The_reasons_a_step_cannot_be_completed_come_from_the_aggregate_in_the_order_they_are_fixed()
    {
        var sop = new SopBuilder().Step(StaffRole.Pengadministrasi, kelengkapan: ["KTP"],
            keputusan: new SopDecision("Lengkap?", StepTarget.Selesai, StepTarget.Selesai)).Revision();
        var kasus = Open(sop);
        var step = kasus.CurrentStep!;

        Assert.Equal(
            ["Langkah 1 dikerjakan oleh Pengadministrasi; peran Anda (Pekerja Sosial) tidak dapat menyelesaikannya.",
             "Kelengkapan belum lengkap: KTP.", "Langkah ini memerlukan keputusan: Lengkap? Pilih Ya atau Tidak."],
            step.WhyCannotComplete(sop.Definition.Step(1), StaffRole.Peksos, null));
        kasus.TickKelengkapan(step.Id, "KTP", true, Admin, sop, _clock);
        Assert.Empty(step.WhyCannotComplete(sop.Definition.Step(1), StaffRole.Pengadministrasi, Jawaban.Ya));
    }
}
