using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Domain.Cases;

/// <summary>A step held in turns ("Staf → Kadis") and a step an outside party does.</summary>
public class HandOffTests
{
    private const int Lamandau = 3;
    private readonly ManualClock _clock = new(Wib(2025, 11, 10, 8, 0));
    private static readonly Actor Peksos = new("u-pek", "Yanti", StaffRole.Peksos, Lamandau);
    private static readonly Actor Kadis = new("u-kad", "Syaeudin", StaffRole.Kadis, Lamandau);
    private static readonly Actor Admin = new("u-adm", "Rina", StaffRole.Pengadministrasi, Lamandau);

    private static readonly SopRevisionRef SuratTugas = new(1, new SopDefinition
    {
        Kode = "uji-surat-tugas", Kantor = "lamandau", Nama = "SOP Uji Surat Tugas",
        Langkah =
        [
            new(1, "Pembuatan surat tugas", [StaffRole.Kadis], [new("Konsep surat tugas")], new(2, WaktuUnit.Jam), "Surat tugas", null, null, [], [])
            {
                SerahTerima = [[StaffRole.Peksos]],
            },
            new(2, "Penyerahan ke panti", [StaffRole.Peksos], [], new(2, WaktuUnit.Jam), null, null, null, [], []),
        ],
    });

    private Case Open(SopRevisionRef sop, Actor by) =>
        Case.Open(new CaseOpening(Lamandau, null, [Guid.NewGuid()], [], null), sop, by, Calendars.Lamandau, _clock);

    [Fact]
    public void A_drafted_step_goes_to_the_signer_only_by_hand_off_and_keeps_its_time()
    {
        var kasus = Open(SuratTugas, Peksos);
        var step = kasus.CurrentStep!;
        var due = step.DueAt;
        Assert.Equal([StaffRole.Peksos], step.Pelaksana);

        // The signer cannot sign what has not been handed over; the drafter cannot sign it either.
        Assert.Equal("Langkah 1 sedang dipegang Pekerja Sosial; peran Anda (Kepala Dinas) belum dapat menyelesaikannya.",
            step.WhyCannotComplete(SuratTugas.Definition.Langkah[0], StaffRole.Kadis, null)[0]);
        var early = Assert.Throws<DomainRuleException>(() =>
            kasus.CompleteStep(step.Id, new(null, null, null), Peksos, SuratTugas, Calendars.Lamandau, _clock));
        Assert.StartsWith("Langkah 1 diselesaikan oleh Kepala Dinas; serahkan lebih dulu kepada Kepala Dinas.", early.Message);

        kasus.TickKelengkapan(step.Id, "Konsep surat tugas", true, Peksos, SuratTugas, _clock);
        _clock.Now = Wib(2025, 11, 10, 8, 40);
        kasus.HandOverStep(step.Id, "Konsep siap ditandatangani", Peksos, SuratTugas, _clock);

        Assert.Same(step, kasus.CurrentStep);
        Assert.Equal(1, step.Tahap);
        Assert.Equal([StaffRole.Kadis], step.Pelaksana);
        Assert.Equal(due, step.DueAt);
        var handed = kasus.History[^1];
        Assert.Equal((CaseEventKind.LangkahDiserahkan, "Yanti"), (handed.Kind, handed.ActorName));
        Assert.Equal("Menyerahkan langkah 1 kepada Kepala Dinas: Konsep siap ditandatangani", handed.Description);
        // Once handed over, the drafter no longer holds it.
        Assert.Throws<DomainRuleException>(() => kasus.TickKelengkapan(step.Id, "Konsep surat tugas", false, Peksos, SuratTugas, _clock));
        Assert.Throws<DomainRuleException>(() => kasus.HandOverStep(step.Id, null, Kadis, SuratTugas, _clock));

        kasus.CompleteStep(step.Id, new("Surat tugas ditandatangani", null, null), Kadis, SuratTugas, Calendars.Lamandau, _clock);
        Assert.Equal(("Syaeudin", 2), (step.CompletedByName, kasus.CurrentStep!.StepNo));
    }

    [Fact]
    public void The_signer_returns_a_draft_to_its_drafter_on_the_same_step()
    {
        var kasus = Open(SuratTugas, Peksos);
        var step = kasus.CurrentStep!;
        kasus.TickKelengkapan(step.Id, "Konsep surat tugas", true, Peksos, SuratTugas, _clock);
        kasus.HandOverStep(step.Id, null, Peksos, SuratTugas, _clock);

        kasus.ReturnStep(step.Id, "Nama petugas salah", Kadis, SuratTugas, Calendars.Lamandau, _clock);

        Assert.Single(kasus.Steps);
        Assert.Equal(0, step.Tahap);
        Assert.Equal([StaffRole.Peksos], step.Pelaksana);
        Assert.False(step.IsCompleted);
        Assert.Equal("Mengembalikan langkah 1 kepada Pekerja Sosial: Nama petugas salah", kasus.History[^1].Description);
        kasus.HandOverStep(step.Id, "Sudah diperbaiki", Peksos, SuratTugas, _clock);
        Assert.Equal([StaffRole.Kadis], step.Pelaksana);
    }

    [Fact]
    public void A_step_an_outside_party_does_is_recorded_on_their_behalf_and_waits_on_them()
    {
        var pemohon = PihakRef.Of(PihakLuar.Pemohon);
        var sop = new SopRevisionRef(1, new SopDefinition
        {
            Kode = "uji-pelaku", Kantor = "lamandau", Nama = "SOP Uji Pelaku",
            Langkah = [new(1, "Pemohon melengkapi berkas", [StaffRole.Pengadministrasi], [], new(3, WaktuUnit.Hari), null, null, null, [], []) { Pelaku = pemohon }],
        });
        var kasus = Open(sop, Admin);
        var step = kasus.CurrentStep!;

        Assert.Equal(pemohon, Assert.Single(sop.Definition.Langkah[0].Parties()));
        kasus.StartWaiting(step.Id, pemohon, "Menunggu fotokopi KK", Admin, sop, _clock);
        Assert.Equal("Pemohon", step.WaitingLabel);
        Assert.Throws<DomainRuleException>(() => kasus.CompleteStep(step.Id, new(null, null, null), Peksos, sop, Calendars.Lamandau, _clock));
        kasus.CompleteStep(step.Id, new("Berkas lengkap", null, null), Admin, sop, Calendars.Lamandau, _clock);

        Assert.Contains(kasus.History, e => e.Description == "Mencatat langkah 1 atas nama Pemohon: Pemohon melengkapi berkas" && e.ActorName == "Rina");
        Assert.Contains(kasus.History, e => e.Description == "Selesai menunggu Pemohon: langkah diselesaikan");
        Assert.Equal(CaseStatus.Selesai, kasus.Status);
    }

    [Fact]
    public void Waiting_on_an_office_party_keeps_its_own_name()
    {
        var upt = new PihakRef("upt-pslu", "UPT PSLU Kalimantan Tengah", PihakLuar.Panti);
        var sop = new SopRevisionRef(1, new SopDefinition
        {
            Kode = "uji-upt", Kantor = "lamandau", Nama = "SOP Uji UPT",
            Langkah = [new(1, "Masa pelayanan di panti", [StaffRole.Peksos], [], new(6, WaktuUnit.Bulan), null, null, null, [], []) { PihakKantor = [upt] }],
        });
        var kasus = Open(sop, Peksos);

        kasus.StartWaiting(kasus.CurrentStep!.Id, upt, "Masa pelatihan", Peksos, sop, _clock);

        Assert.Equal((PihakLuar.Panti, "UPT PSLU Kalimantan Tengah"), (kasus.CurrentStep!.WaitingFor!.Value, kasus.CurrentStep.WaitingLabel!));
        Assert.Equal("Menunggu UPT PSLU Kalimantan Tengah: Masa pelatihan", kasus.History[^1].Description);
    }
}
