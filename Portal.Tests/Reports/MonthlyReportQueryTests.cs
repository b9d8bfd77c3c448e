using Microsoft.EntityFrameworkCore;
using Portal.Cases;
using Portal.Deadlines;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Clients;
using Portal.Domain.Reports;
using Portal.Domain.Sops;
using Portal.Reports;
using Portal.Sops;
using Portal.Tests.Support;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Reports;

/// <summary>
/// October 2025 in Tarakan (no holidays that month), four children under a two-step SOP, worked out by hand:
/// step 1 takes 1 hour, step 2 is a three-day assessment (due at the close of the third working day after it starts).
/// </summary>
public class MonthlyReportQueryTests
{
    private const string RekapSop = """
        kode: uji-rekap
        kantor: tarakan
        nama: SOP Uji Rekap
        seksi: rehsos-pwnm
        ppks: Anak terlantar
        spm: rehsos-anak-luar-panti
        monev_setelah_selesai: 1 minggu
        langkah:
          - no: 1
            uraian: Menerima rujukan
            pelaksana: [pengadministrasi]
            waktu: 1 jam
          - no: 2
            uraian: Asesmen
            pelaksana: [peksos]
            waktu: 3 hari
            asesmen: ya
        """;

    [Fact]
    public async Task October_is_counted_as_worked_out_by_hand()
    {
        var (portal, kabid) = await OctoberAsync();
        await using var _ = portal;

        var report = await portal.Get<MonthlyReportQuery>().LoadAsync(kabid, new ReportMonth(2025, 10));

        var kasus = report.Kasus.Single(k => k.SopKode == "uji-rekap");
        Assert.Equal((4, 2, 2), (kasus.Dibuka, kasus.Selesai, kasus.AktifAkhirBulan));

        // Step 1: A on time (30 min), B late (2 h), C on time (15 min), D late (1 h 30, due Thu 16.00, done Fri 08.00).
        var step1 = report.Langkah.Single(l => l.SopKode == "uji-rekap" && l.StepNo == 1);
        Assert.Equal((4, 2, 2, 0.5), (step1.BatasJatuhTempo, step1.TepatWaktu, step1.Terlambat, step1.Kepatuhan));
        Assert.Equal(4, step1.Waktu.Count);
        Assert.Equal(TimeSpan.FromMinutes((30 + 120 + 15 + 90) / 4.0), step1.Waktu.Average);
        Assert.Equal(TimeSpan.FromHours(2), step1.Waktu.P90);

        // Step 2: A on time (10 h: Mon 08.30 to Tue 10.00), B due Thu 16 Oct and done Mon 20 Oct 09.00 (42 h, Friday
        // closes at 16.30), C due Thu 30 Oct and still open: late. D's is due Wed 5 November.
        var step2 = report.Langkah.Single(l => l.SopKode == "uji-rekap" && l.StepNo == 2);
        Assert.Equal((3, 1, 2), (step2.BatasJatuhTempo, step2.TepatWaktu, step2.Terlambat));
        Assert.Equal((2, TimeSpan.FromHours(26), TimeSpan.FromHours(42)), (step2.Waktu.Count, step2.Waktu.Average, step2.Waktu.P90));
        Assert.Equal(0, step2.Eskalasi);

        // Follow-up visits one week after A (done) and B (never done: the sweep in November flagged it missed).
        Assert.Equal((2, 1, 1, 0), (report.Monev.JatuhTempo, report.Monev.Selesai, report.Monev.Terlewat, report.Monev.Belum));
        Assert.Equal(new PpksMonth("Anak terlantar", 4, 3, 1), report.Ppks.Single());

        // SPM: A closed within standard; B closed late; C and D open with a missed step at the month's end.
        var spm = report.Spm.Layanan.Single(s => s.Layanan.Kode == "rehsos-anak-luar-panti");
        Assert.Equal(["SOP Uji Rekap"], spm.Sop);
        Assert.Equal(new SpmFigures(4, 1, 1, 2), spm.Bulan);
        Assert.Equal(0.25, spm.Bulan.Persentase);
        Assert.Equal(spm.Bulan, spm.TahunBerjalan);

        // The seeded SOPs with no cases in October are not listed; nothing from before October leaks in.
        Assert.Equal(["uji-rekap"], report.Kasus.Select(k => k.SopKode));
    }

    [Fact]
    public async Task A_month_counts_only_what_happened_in_it_and_the_year_to_date_adds_up()
    {
        var (portal, kabid) = await OctoberAsync();
        await using var _ = portal;
        var query = portal.Get<MonthlyReportQuery>();

        var september = await query.LoadAsync(kabid, new ReportMonth(2025, 9));
        var november = await query.LoadAsync(kabid, new ReportMonth(2025, 11));

        Assert.Empty(september.Kasus);
        Assert.Empty(september.Langkah);
        Assert.Equal(new SpmFigures(0, 0, 0, 0), Anak(september).Bulan);
        Assert.Null(Anak(september).Bulan.Persentase);
        // November, up to Wednesday the 12th: C and D still open; D's step 2 (due Wed 5 Nov) is judged now, and late.
        var kasus = november.Kasus.Single();
        Assert.Equal((0, 0, 2), (kasus.Dibuka, kasus.Selesai, kasus.AktifAkhirBulan));
        var step2 = november.Langkah.Single(l => l.StepNo == 2);
        Assert.Equal((1, 0), (step2.BatasJatuhTempo, step2.TepatWaktu));
        Assert.Equal(2, step2.Eskalasi); // flagged late on the 10th, both C's and D's step 2 were escalated on the 12th
        var ytd = Anak(november).TahunBerjalan;
        Assert.Equal(new SpmFigures(4, 1, 1, 2), ytd);
        Assert.Equal(new SpmFigures(0, 0, 0, 2), Anak(november).Bulan);
    }

    [Fact]
    public async Task An_unknown_seksi_is_refused_in_Indonesian()
    {
        await using var portal = await TestPortal.StartAsync();
        var kabid = await portal.ActorAsync("tarakan", StaffRole.Kabid);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => portal.Get<MonthlyReportQuery>().LoadAsync(kabid, new ReportMonth(2025, 10), "tidak-ada"));
        Assert.Equal("Seksi 'tidak-ada' tidak ada di kantor ini.", refused.Message);
    }

    private static SpmRow Anak(MonthlyReport report) => report.Spm.Layanan.Single(s => s.Layanan.Kode == "rehsos-anak-luar-panti");

    /// <summary>The four October cases, then the clock at Wednesday 12 November 2025 09.00 after two sweeps.</summary>
    private static async Task<(TestPortal Portal, Actor Kabid)> OctoberAsync()
    {
        var portal = await TestPortal.StartAsync(Wita(2025, 10, 1, 8, 0));
        var tarakan = await portal.OfficeIdAsync("tarakan");
        var loaded = await portal.Get<SopLibrary>().LoadAsync(tarakan, [("sop-uji-rekap.yaml", RekapSop)], "admin.tarakan");
        Assert.All(loaded, r => Assert.Empty(r.Errors));
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var peksos = await portal.ActorAsync("tarakan", StaffRole.Peksos);
        var kabid = await portal.ActorAsync("tarakan", StaffRole.Kabid);

        var ani = await CaseAsync(portal, admin, peksos, "Ani", Sex.Perempuan, Wita(2025, 10, 6, 8, 0), Wita(2025, 10, 6, 8, 30), Wita(2025, 10, 7, 10, 0));
        await CaseAsync(portal, admin, peksos, "Budi", Sex.LakiLaki, Wita(2025, 10, 13, 8, 0), Wita(2025, 10, 13, 10, 0), Wita(2025, 10, 20, 9, 0));
        // Ani's follow-up visit (due Tue 14 Oct) is done, a little late; Budi's (due Mon 27 Oct) is never done.
        portal.Clock.Now = Wita(2025, 10, 16, 9, 0);
        var visits = await portal.Get<MonevService>().OpenForAsync(kabid);
        await portal.Get<MonevService>().CompleteAsync(kabid, visits.Single(t => t.CaseId == ani).Id, "Anak sehat di rumah");
        await CaseAsync(portal, admin, peksos, "Candra", Sex.LakiLaki, Wita(2025, 10, 27, 8, 0), Wita(2025, 10, 27, 8, 15), null);
        await CaseAsync(portal, admin, peksos, "Dedi", Sex.LakiLaki, Wita(2025, 10, 30, 15, 0), Wita(2025, 10, 31, 8, 0), null);

        // The sweep flags the late steps and the missed visit on the 10th, and escalates on the 12th.
        portal.Clock.Now = Wita(2025, 11, 10, 9, 0);
        await portal.Get<DeadlineSweep>().RunAsync();
        portal.Clock.Now = Wita(2025, 11, 12, 9, 0);
        await portal.Get<DeadlineSweep>().RunAsync();
        return (portal, kabid);
    }

    private static async Task<Guid> CaseAsync(TestPortal portal, Actor admin, Actor peksos, string nama, Sex sex,
        DateTimeOffset opened, DateTimeOffset step1Done, DateTimeOffset? step2Done)
    {
        portal.Clock.Now = opened;
        var client = Client.Register(admin.OfficeId, new ClientDetails(nama, null, "Anak tanpa dokumen", null, sex, null, null, null, null), "test", portal.Clock);
        await using (var db = await portal.DbAsync(admin.OfficeId))
        {
            db.Clients.Add(client);
            await db.SaveChangesAsync();
        }
        var workflow = portal.Get<CaseWorkflow>();
        var query = portal.Get<CaseDetailQuery>();
        var id = await workflow.OpenAsync(admin, "uji-rekap", new CaseOpening(admin.OfficeId, null, [client.Id], [], null));

        portal.Clock.Now = step1Done;
        var kasus = (await query.LoadAsync(admin, id))!.Case;
        await workflow.CompleteStepAsync(admin, id, kasus.Version, kasus.CurrentStep!.Id, new(null, null, null));
        if (step2Done is not { } done) return id;
        portal.Clock.Now = done;
        kasus = (await query.LoadAsync(peksos, id))!.Case;
        await workflow.CompleteStepAsync(peksos, id, kasus.Version, kasus.CurrentStep!.Id, new(null, null, null));
        return id;
    }
}
