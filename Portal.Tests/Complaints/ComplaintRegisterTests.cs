using Microsoft.EntityFrameworkCore;
using Portal.Complaints;
using Portal.Deadlines;
using Portal.Domain;
using Portal.Domain.Complaints;
using Portal.Domain.Sops;
using Portal.Tests.Support;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Complaints;

public class ComplaintRegisterTests
{
    private static PengaduanBaru Complaint(DateTimeOffset at, string? pelapor = null) =>
        new(SaluranPengaduan.WhatsApp, at, pelapor, null, "sp-rujukan-lk3", null, "Sudah tiga hari belum ada kabar dari konselor.");

    [Fact]
    public async Task A_complaint_gets_a_number_and_a_deadline_five_working_days_out_and_the_koordinator_is_told()
    {
        // Monday 9 Nov 2026 10.00 WITA; the SP states no follow-up time, so the default 5 hari: close of Monday 16 Nov.
        await using var portal = await TestPortal.StartAsync(Wita(2026, 11, 9, 10, 0));
        await portal.AddStaffAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);

        var id = await portal.Get<ComplaintRegister>().RegisterAsync(admin, Complaint(portal.Clock.Now));
        var second = await portal.Get<ComplaintRegister>().RegisterAsync(admin, Complaint(portal.Clock.Now, "Ibu Rahma"));

        var p = (await portal.Get<ComplaintQueries>().DetailAsync(admin, id))!;
        Assert.Equal("TRK-ADU-2026-0001", p.Nomor);
        Assert.Equal("TRK-ADU-2026-0002", (await portal.Get<ComplaintQueries>().DetailAsync(admin, second))!.Nomor);
        Assert.Equal(Wita(2026, 11, 16, 16, 0), p.DueAt);
        Assert.Equal((StatusPengaduan.Diterima, (string?)null), (p.Status, p.Pelapor));
        Assert.Equal("Anonim", (await portal.Get<ComplaintQueries>().ListAsync(admin, new())).Single(r => r.Id == id).Pelapor);
        await using var db = await portal.DbAsync(admin.OfficeId);
        var koordinator = await portal.ActorAsync("tarakan", StaffRole.Koordinator);
        Assert.Contains(await db.Notifications.Where(n => n.UserId == koordinator.UserId).Select(n => n.Text).ToListAsync(),
            t => t.StartsWith("Pengaduan baru TRK-ADU-2026-0001 tentang Standar Pelayanan Rujukan Klien Stres"));
    }

    [Fact]
    public async Task A_complaint_moves_through_follow_up_to_an_answer_and_each_step_is_in_its_history()
    {
        await using var portal = await TestPortal.StartAsync(Wita(2026, 11, 9, 10, 0));
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var koordinator = await portal.ActorAsync("tarakan", StaffRole.Koordinator);
        var register = portal.Get<ComplaintRegister>();
        var id = await register.RegisterAsync(admin, Complaint(portal.Clock.Now));

        var closeEarly = await Assert.ThrowsAsync<DomainRuleException>(() => register.CloseAsync(koordinator, id, 1, " "));
        Assert.Equal("Tuliskan jawaban yang diberikan kepada pelapor.", closeEarly.Message);
        portal.Clock.Now = Wita(2026, 11, 10, 9, 0);
        await register.FollowUpAsync(koordinator, id, 1, "Menghubungi konselor LK3; jadwal sesi Rabu.");
        var stale = await Assert.ThrowsAsync<DomainRuleException>(() => register.FollowUpAsync(koordinator, id, 1, "lagi"));
        Assert.StartsWith("Pengaduan ini baru saja diubah oleh rekan Anda.", stale.Message);
        portal.Clock.Now = Wita(2026, 11, 11, 9, 0);
        await register.CloseAsync(koordinator, id, 2, "Pelapor ditelepon; sesi konseling Rabu 11 Nov pukul 10.00.");

        var p = (await portal.Get<ComplaintQueries>().DetailAsync(admin, id))!;
        Assert.Equal(StatusPengaduan.Selesai, p.Status);
        Assert.Equal(["Mencatat pengaduan lewat WhatsApp; batas tindak lanjut 5 hari", "Menindaklanjuti", "Menyelesaikan dengan jawaban"], p.History.Select(h => h.What));
        Assert.Equal(koordinator.Name, p.History[^1].Name);
        var summary = await portal.Get<ComplaintQueries>().SummaryAsync(koordinator, Wita(2026, 11, 1, 0, 0));
        // Mon 10.00 to Wed 09.00: 6 h + 8.5 h + 1.5 h = 16 working hours.
        Assert.Equal((0, 0, TimeSpan.FromHours(16), 1), (summary.Open, summary.Late, summary.MedianToClose, summary.ClosedInPeriod));
        var twice = await Assert.ThrowsAsync<DomainRuleException>(() => register.CloseAsync(koordinator, id, 3, "lagi"));
        Assert.Equal($"Pengaduan {p.Nomor} sudah selesai oleh {koordinator.Name}.", twice.Message);
    }

    [Fact]
    public async Task The_sweep_warns_then_flags_a_complaint_left_without_follow_up_once_each()
    {
        await using var portal = await TestPortal.StartAsync(Wita(2026, 11, 9, 10, 0));
        await portal.AddStaffAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var id = await portal.Get<ComplaintRegister>().RegisterAsync(admin, Complaint(portal.Clock.Now));
        var sweep = portal.Get<DeadlineSweep>();

        portal.Clock.Now = Wita(2026, 11, 16, 8, 0);
        Assert.Equal((1, 0), Complaints(await sweep.RunAsync()));
        Assert.Equal((0, 0), Complaints(await sweep.RunAsync()));
        portal.Clock.Now = Wita(2026, 11, 16, 17, 0);
        Assert.Equal((0, 1), Complaints(await sweep.RunAsync()));
        Assert.Equal((0, 0), Complaints(await sweep.RunAsync()));

        // Warned: the koordinator; late: the koordinator and the kabid.
        await using (var db = await portal.DbAsync(admin.OfficeId))
        {
            var told = await db.Notifications.Where(n => n.Kind.StartsWith("Pengaduan") && n.Kind != "PengaduanBaru")
                .Select(n => new { n.UserId, n.Kind }).ToListAsync();
            var (koordinator, kabid) = ((await portal.ActorAsync("tarakan", StaffRole.Koordinator)).UserId, (await portal.ActorAsync("tarakan", StaffRole.Kabid)).UserId);
            Assert.Equal([(kabid, "PengaduanTerlambat"), (koordinator, "PengaduanMendekatiBatas"), (koordinator, "PengaduanTerlambat")],
                told.Select(n => (n.UserId, n.Kind)).Order().ToList());
        }
        var late = await portal.Get<ComplaintQueries>().ListAsync(admin, new ComplaintFilter(LateOnly: true));
        Assert.Equal(id, Assert.Single(late).Id);
        var table = ComplaintTable.Of(late, Tarakan.TimeZone);
        await Workbooks.AssertHoldsAsync(await Portal.Reports.ReportWorkbook.WriteAsync(["Pengaduan"], [table]), [table]);
        Assert.Equal(["TRK-ADU-2026-0001", "09-11-2026 10.00", "WhatsApp", "Anonim", "sp-rujukan-lk3", "Diterima", "16-11-2026 16.00", null, "ya"], table.Rows[0]);
        Assert.Equal(1, (await portal.Get<ComplaintQueries>().SummaryAsync(await portal.ActorAsync("tarakan", StaffRole.Kabid), Wita(2026, 11, 1, 0, 0))).Late);
    }

    [Fact]
    public async Task Roles_that_do_not_handle_complaints_are_refused_and_bad_input_is_named()
    {
        await using var portal = await TestPortal.StartAsync(Wita(2026, 11, 9, 10, 0));
        var shelter = await portal.ActorAsync("tarakan", StaffRole.PetugasShelter);
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var register = portal.Get<ComplaintRegister>();

        Assert.Equal("Peran Petugas Shelter tidak mencatat pengaduan.",
            (await Assert.ThrowsAsync<DomainRuleException>(() => register.RegisterAsync(shelter, Complaint(portal.Clock.Now)))).Message);
        Assert.Equal("Isi pengaduan wajib diisi.",
            (await Assert.ThrowsAsync<DomainRuleException>(() => register.RegisterAsync(admin, Complaint(portal.Clock.Now) with { Isi = " " }))).Message);
        Assert.Equal("Pilih layanan (Standar Pelayanan) yang diadukan.",
            (await Assert.ThrowsAsync<DomainRuleException>(() => register.RegisterAsync(admin, Complaint(portal.Clock.Now) with { SpKode = "rujukan-lk3" }))).Message);
        Assert.Equal("Waktu diterima tidak boleh di masa depan.",
            (await Assert.ThrowsAsync<DomainRuleException>(() => register.RegisterAsync(admin, Complaint(portal.Clock.Now.AddDays(1))))).Message);
        await Assert.ThrowsAsync<DomainRuleException>(() => portal.Get<ComplaintQueries>().ListAsync(shelter, new()));
    }

    private static (int, int) Complaints(SweepResult r) => (r.ComplaintsWarned, r.ComplaintsLate);
}
