using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Domain.Cases;

public class CaseTests
{
    private const int Tarakan = 1;
    private readonly ManualClock _clock = new(Wita(2025, 11, 10, 8, 0));
    private static readonly Actor Admin = new("u-adm", "Nurhayati", StaffRole.Pengadministrasi, Tarakan);
    private static readonly Actor Peksos = new("u-pek", "Rizky", StaffRole.Peksos, Tarakan);
    private static readonly Actor Konselor = new("u-kon", "Halimah", StaffRole.Konselor, Tarakan);
    private static readonly Actor Koordinator = new("u-ko", "Syamsul", StaffRole.Koordinator, Tarakan);

    private static CaseOpening Opening(int office = Tarakan) => new(office, 1, [Guid.NewGuid()], [], "Petugas Kelurahan");

    private Case Open(SopRevisionRef sop) => Case.Open(Opening(), sop, Admin, Calendars.Tarakan, _clock);

    [Fact]
    public void Opening_starts_the_first_step_with_its_working_time_deadline()
    {
        var kasus = Open(new SopBuilder().Step(StaffRole.Pengadministrasi, "15 menit").Revision());
        var step = Assert.Single(kasus.Steps);
        Assert.Equal(1, step.StepNo);
        Assert.Equal(Wita(2025, 11, 10, 8, 15), step.DueAt);
        Assert.Equal(CaseStatus.Aktif, kasus.Status);
    }

    [Fact]
    public void Completing_a_step_starts_the_next_with_its_deadline_from_the_completion_time()
    {
        var sop = new SopBuilder().Step(StaffRole.Pengadministrasi).Step(StaffRole.Peksos, "3 hari").Revision();
        var kasus = Open(sop);
        _clock.Now = Wita(2025, 11, 13, 10, 0); // Thursday
        kasus.CompleteStep(kasus.CurrentStep!.Id, new("Berkas", null, null), Admin, sop, Calendars.Tarakan, _clock);

        var next = kasus.CurrentStep!;
        Assert.Equal(2, next.StepNo);
        Assert.Equal(Wita(2025, 11, 18, 16, 0), next.DueAt); // Fri, Mon, Tue
        Assert.Equal("Berkas", kasus.Steps[0].Output);
        Assert.Equal("Nurhayati", kasus.Steps[0].CompletedByName);
    }

    [Fact]
    public void A_step_is_refused_to_a_role_that_is_not_its_pelaksana()
    {
        var sop = new SopBuilder().Step(StaffRole.Koordinator).Revision();
        var kasus = Open(sop);
        var e = Assert.Throws<DomainRuleException>(() =>
            kasus.CompleteStep(kasus.CurrentStep!.Id, new(null, null, null), Peksos, sop, Calendars.Tarakan, _clock));
        Assert.Equal("Langkah 1 dikerjakan oleh Koordinator; peran Anda (Pekerja Sosial) tidak dapat menyelesaikannya.", e.Message);
        Assert.False(kasus.Steps[0].IsCompleted);
    }

    [Fact]
    public void A_step_is_refused_until_its_required_kelengkapan_are_ticked_but_not_the_optional_ones()
    {
        var sop = new SopBuilder().Step(StaffRole.Pengadministrasi, kelengkapan: ["Formulir layanan sosial", "KTP"], optional: ["KK"]).Step(StaffRole.Peksos).Revision();
        var kasus = Open(sop);
        var step = kasus.CurrentStep!;
        kasus.TickKelengkapan(step.Id, "Formulir layanan sosial", true, Admin, sop, _clock);

        var e = Assert.Throws<DomainRuleException>(() =>
            kasus.CompleteStep(step.Id, new(null, null, null), Admin, sop, Calendars.Tarakan, _clock));
        Assert.Equal("Kelengkapan belum lengkap: KTP.", e.Message);

        kasus.TickKelengkapan(step.Id, "KTP", true, Admin, sop, _clock);
        kasus.CompleteStep(step.Id, new(null, null, null), Admin, sop, Calendars.Tarakan, _clock);
        Assert.True(step.IsCompleted);
    }

    [Fact]
    public void A_step_completed_once_cannot_be_completed_again()
    {
        var sop = new SopBuilder().Step(StaffRole.Pengadministrasi).Step(StaffRole.Peksos).Revision();
        var kasus = Open(sop);
        var first = kasus.CurrentStep!.Id;
        kasus.CompleteStep(first, new(null, null, null), Admin, sop, Calendars.Tarakan, _clock);

        var e = Assert.Throws<DomainRuleException>(() =>
            kasus.CompleteStep(first, new(null, null, null), Admin, sop, Calendars.Tarakan, _clock));
        Assert.Equal("Langkah 1 sudah diselesaikan oleh Nurhayati; tidak dapat diubah lagi.", e.Message);
        Assert.Equal(2, kasus.Steps.Count);
    }

    [Fact]
    public void A_decision_step_needs_an_answer_and_tidak_goes_back_as_the_lk3_sop_says()
    {
        var lk3 = new SopRevisionRef(7, SeedSops.Read("tarakan", "sop-rujukan-lk3.yaml"));
        var kasus = Open(lk3);
        Advance(kasus, lk3, Admin);   // 1
        Advance(kasus, lk3, Konselor); // 2
        var contract = kasus.CurrentStep!;
        Assert.Equal(3, contract.StepNo);

        kasus.TickKelengkapan(contract.Id, "ATK", true, Konselor, lk3, _clock);
        var e = Assert.Throws<DomainRuleException>(() =>
            kasus.CompleteStep(contract.Id, new(null, null, null), Konselor, lk3, Calendars.Tarakan, _clock));
        Assert.Equal("Langkah ini memerlukan keputusan: Apakah klien dan konselor sepakat untuk melakukan konseling? Pilih Ya atau Tidak.", e.Message);

        kasus.CompleteStep(contract.Id, new(null, Jawaban.Tidak, "Klien belum siap"), Konselor, lk3, Calendars.Tarakan, _clock);
        Assert.Equal(2, kasus.CurrentStep!.StepNo);
        Assert.Equal(4, kasus.CurrentStep.Sequence); // a second run of step 2, the first kept as it was

        Advance(kasus, lk3, Konselor);
        kasus.TickKelengkapan(kasus.CurrentStep!.Id, "ATK", true, Konselor, lk3, _clock);
        kasus.CompleteStep(kasus.CurrentStep.Id, new("Kontrak pelayanan", Jawaban.Ya, null), Konselor, lk3, Calendars.Tarakan, _clock);
        Assert.Equal(4, kasus.CurrentStep!.StepNo);
    }

    [Fact]
    public void A_decision_leading_to_selesai_closes_the_case()
    {
        var pmbs = new SopBuilder("uji-pmbs").Step(StaffRole.Peksos)
            .Step(StaffRole.Koordinator, keputusan: new SopDecision("Perusahaan menyelesaikan?", StepTarget.Selesai, new StepTarget(1))).Revision();
        var kasus = Open(pmbs);
        var koordinator = new Actor("u-ko", "Syamsul", StaffRole.Koordinator, Tarakan);
        Advance(kasus, pmbs, Peksos);
        kasus.CompleteStep(kasus.CurrentStep!.Id, new("Perusahaan membayar tiket", Jawaban.Ya, null), koordinator, pmbs, Calendars.Tarakan, _clock);

        Assert.Equal(CaseStatus.Selesai, kasus.Status);
        Assert.Null(kasus.CurrentStep);
        Assert.Equal(CaseEventKind.Ditutup, kasus.History[^1].Kind);
        Assert.Throws<DomainRuleException>(() => kasus.Assign(StaffRole.Peksos, "x", "X", koordinator, _clock));
    }

    [Fact]
    public void Completing_the_last_step_closes_the_case()
    {
        var sop = new SopBuilder().Step(StaffRole.Pengadministrasi).Revision();
        var kasus = Open(sop);
        Advance(kasus, sop, Admin);
        Assert.Equal(CaseStatus.Selesai, kasus.Status);
        Assert.Equal(_clock.Now, kasus.ClosedAt);
    }

    [Fact]
    public void A_branch_opens_a_linked_case_under_the_related_sop_and_both_show_the_link()
    {
        var repatriation = new SopRevisionRef(4, SeedSops.Read("tarakan", "sop-pemulangan-orang-terlantar.yaml"));
        var shelter = new SopRevisionRef(9, SeedSops.Read("tarakan", "draf-shelter-masuk-keluar.yaml"));
        var kasus = Open(repatriation);
        kasus.TickKelengkapan(kasus.CurrentStep!.Id, "Surat keterangan terlantar dari Kelurahan", true, Admin, repatriation, _clock);
        Advance(kasus, repatriation, Admin);

        var child = kasus.OpenBranch("Klien tidak memiliki tempat tinggal sementara", shelter, Peksos, repatriation, Calendars.Tarakan, _clock);

        Assert.Equal(kasus.Id, child.ParentCaseId);
        Assert.Equal("shelter-masuk-keluar", child.SopKode);
        Assert.Equal(9, child.SopRevisionId);
        Assert.Equal(kasus.ClientIds, child.ClientIds);
        Assert.Equal(1, child.CurrentStep!.StepNo);
        var link = Assert.Single(kasus.Links);
        Assert.Equal(child.Id, link.LinkedCaseId);
        Assert.Equal(CaseEventKind.CabangDibuka, kasus.History[^1].Kind);
        Assert.Equal(CaseEventKind.DibukaDariCabang, child.History[0].Kind);
        Assert.Equal(2, kasus.CurrentStep!.StepNo); // the parent goes on where it was
    }

    [Fact]
    public void A_branch_the_current_step_does_not_have_is_refused()
    {
        var repatriation = new SopRevisionRef(4, SeedSops.Read("tarakan", "sop-pemulangan-orang-terlantar.yaml"));
        var shelter = new SopRevisionRef(9, SeedSops.Read("tarakan", "draf-shelter-masuk-keluar.yaml"));
        var kasus = Open(repatriation);
        var e = Assert.Throws<DomainRuleException>(() =>
            kasus.OpenBranch("Klien tidak memiliki tempat tinggal sementara", shelter, Peksos, repatriation, Calendars.Tarakan, _clock));
        Assert.Equal("Langkah 1 tidak memiliki cabang 'Klien tidak memiliki tempat tinggal sementara'.", e.Message);
    }

    [Fact]
    public void Every_change_is_in_the_history_with_who_what_and_when()
    {
        var sop = new SopBuilder().Step(StaffRole.Pengadministrasi, kelengkapan: ["KTP"]).Step(StaffRole.Peksos).Revision();
        var kasus = Open(sop);
        _clock.Advance(TimeSpan.FromMinutes(5));
        kasus.TickKelengkapan(kasus.CurrentStep!.Id, "KTP", true, Admin, sop, _clock);
        kasus.TickKelengkapan(kasus.CurrentStep.Id, "KTP", false, Admin, sop, _clock);
        kasus.TickKelengkapan(kasus.CurrentStep.Id, "KTP", true, Admin, sop, _clock);
        kasus.Assign(StaffRole.Peksos, "u-pek", "Rizky", Koordinator, _clock);
        Advance(kasus, sop, Admin);
        Advance(kasus, sop, Peksos);

        Assert.Equal(
        [
            CaseEventKind.Dibuka, CaseEventKind.LangkahDimulai, CaseEventKind.Ditugaskan,
            CaseEventKind.KelengkapanDicentang, CaseEventKind.KelengkapanDibatalkan, CaseEventKind.KelengkapanDicentang,
            CaseEventKind.Ditugaskan,
            CaseEventKind.LangkahSelesai, CaseEventKind.LangkahDimulai,
            CaseEventKind.LangkahSelesai, CaseEventKind.Ditutup,
        ], kasus.History.Select(e => e.Kind));
        var untick = kasus.History[4];
        Assert.Equal(("u-adm", "Nurhayati", Wita(2025, 11, 10, 8, 5)), (untick.ActorUserId, untick.ActorName, untick.At));
        Assert.Equal(("ada", "belum"), (untick.Before, untick.After));
        Assert.Equal(kasus.History.Count, kasus.Version);
    }

    [Fact]
    public void Acting_on_a_step_for_a_role_nobody_holds_makes_the_actor_its_staff_and_says_so_once()
    {
        var sop = new SopBuilder().Step(StaffRole.Pengadministrasi, kelengkapan: ["KTP"]).Step(StaffRole.Peksos).Step(StaffRole.Peksos).Revision();
        var kasus = Open(sop);
        Assert.Empty(kasus.Assignments);

        kasus.TickKelengkapan(kasus.CurrentStep!.Id, "KTP", true, Admin, sop, _clock);
        Advance(kasus, sop, Admin);
        Advance(kasus, sop, Peksos);
        var colleague = Peksos with { UserId = "u-pek2", Name = "Rekan" };
        kasus.StartWaiting(kasus.CurrentStep!.Id, PihakLuar.DinsosProvinsi, "Dana", colleague, sop, _clock);

        Assert.Equal([(StaffRole.Pengadministrasi, "u-adm"), (StaffRole.Peksos, "u-pek")], kasus.Assignments.Select(a => (a.Role, a.UserId)));
        var taken = kasus.History.Where(e => e.Kind == CaseEventKind.Ditugaskan).ToList();
        Assert.Equal(["Nurhayati menjadi Pengadministrasi kasus ini (menangani langkah 1)", "Rizky menjadi Pekerja Sosial kasus ini (menangani langkah 2)"],
            taken.Select(e => e.Description));
    }

    [Fact]
    public void Only_a_koordinator_or_above_reassigns_staff()
    {
        var kasus = Open(new SopBuilder().Step(StaffRole.Peksos).Revision());
        var e = Assert.Throws<DomainRuleException>(() => kasus.Assign(StaffRole.Peksos, "u-2", "Rekan", Peksos, _clock));
        Assert.Equal("Hanya koordinator, kepala bidang, kepala dinas atau admin yang dapat menugaskan ulang.", e.Message);
        kasus.Assign(StaffRole.Peksos, "u-2", "Rekan", Koordinator, _clock);
        Assert.Equal("u-2", Assert.Single(kasus.Assignments).UserId);
    }

    [Fact]
    public void A_sign_off_returns_the_case_to_the_step_before_with_its_reason()
    {
        var sop = new SopBuilder().Step(StaffRole.Peksos).Step(StaffRole.Kabid).Revision();
        var kasus = Open(sop);
        Advance(kasus, sop, Peksos);
        var kabid = new Actor("u-kab", "Ratna", StaffRole.Kabid, Tarakan);
        var signOff = kasus.CurrentStep!;

        Assert.Equal("Tuliskan alasan pengembalian.",
            Assert.Throws<DomainRuleException>(() => kasus.ReturnStep(signOff.Id, " ", kabid, sop, Calendars.Tarakan, _clock)).Message);
        Assert.Contains("peran Anda (Pekerja Sosial) tidak dapat",
            Assert.Throws<DomainRuleException>(() => kasus.ReturnStep(signOff.Id, "Kurang lengkap", Peksos, sop, Calendars.Tarakan, _clock)).Message);

        kasus.ReturnStep(signOff.Id, "Rencana belum memuat anggaran", kabid, sop, Calendars.Tarakan, _clock);

        Assert.Equal(StepOutcome.Dikembalikan, signOff.Outcome);
        Assert.Equal("Rencana belum memuat anggaran", signOff.Catatan);
        Assert.Equal(1, kasus.CurrentStep!.StepNo);
        Assert.Equal(CaseEventKind.LangkahDikembalikan, kasus.History[^2].Kind);
        Assert.Throws<DomainRuleException>(() => kasus.ReturnStep(kasus.Steps[0].Id, "x", kabid, sop, Calendars.Tarakan, _clock));
    }

    [Fact]
    public void Only_a_sign_off_step_can_be_returned()
    {
        var sop = new SopBuilder().Step(StaffRole.Pengadministrasi).Step(StaffRole.Peksos).Revision();
        var kasus = Open(sop);
        Advance(kasus, sop, Admin);
        var e = Assert.Throws<DomainRuleException>(() => kasus.ReturnStep(kasus.CurrentStep!.Id, "x", Peksos, sop, Calendars.Tarakan, _clock));
        Assert.Contains("bukan langkah pengesahan", e.Message);
    }

    [Fact]
    public void A_user_of_another_office_is_told_the_case_does_not_exist()
    {
        var sop = new SopBuilder().Step(StaffRole.Peksos).Revision();
        var kasus = Open(sop);
        var lamandauPeksos = new Actor("u-lam", "Eko", StaffRole.Peksos, 2);
        var e = Assert.Throws<DomainRuleException>(() =>
            kasus.CompleteStep(kasus.CurrentStep!.Id, new(null, null, null), lamandauPeksos, sop, Calendars.Tarakan, _clock));
        Assert.Equal("Kasus tidak ditemukan.", e.Message);
        Assert.Throws<DomainRuleException>(() => Case.Open(Opening(office: 2), sop, Admin, Calendars.Tarakan, _clock));
    }

    [Fact]
    public void A_cohort_case_holds_several_beneficiaries()
    {
        var cohort = new CaseOpening(Tarakan, 1, [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()], [], null);
        var kasus = Case.Open(cohort, new SopBuilder().Step(StaffRole.Koordinator).Revision(), Admin, Calendars.Tarakan, _clock);
        Assert.Equal(3, kasus.ClientIds.Count);
    }

    [Fact]
    public void Output_longer_than_the_limit_is_refused_and_the_step_stays_open()
    {
        var sop = new SopBuilder().Step(StaffRole.Pengadministrasi).Revision();
        var kasus = Open(sop);
        var e = Assert.Throws<DomainRuleException>(() => kasus.CompleteStep(
            kasus.CurrentStep!.Id, new(new string('x', CaseStep.MaxTextLength + 1), null, null), Admin, sop, Calendars.Tarakan, _clock));
        Assert.Contains("terlalu panjang", e.Message);
        Assert.False(kasus.Steps[0].IsCompleted);
    }

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

        var e = Assert.Throws<DomainRuleException>(() => kasus.RecordAttachment("surat.pdf", 2048, new Actor("u-kab", "Andi", StaffRole.Kabid, Tarakan), sop, _clock));
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
    private void Advance(Case kasus, SopRevisionRef sop, Actor actor)
    {
        var step = kasus.CurrentStep!;
        foreach (var k in sop.Definition.Step(step.StepNo).Kelengkapan.Where(k => !step.KelengkapanTicked.Contains(k.Nama)))
            kasus.TickKelengkapan(step.Id, k.Nama, true, actor, sop, _clock);
        var decision = sop.Definition.Step(step.StepNo).Keputusan is null ? (Jawaban?)null : Jawaban.Tidak;
        kasus.CompleteStep(step.Id, new(null, decision, null), actor, sop, Calendars.Tarakan, _clock);
    }
}
