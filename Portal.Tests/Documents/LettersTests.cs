using Microsoft.EntityFrameworkCore;
using Portal.Cases;
using Portal.Documents;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Clients;
using Portal.Domain.Documents;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Documents;

public class LettersTests
{
    private static async Task<(TestPortal Portal, Actor Peksos, Guid CaseId)> RepatriationAsync(string? alamat = "Jl. Gajah Mada No. 5, Tarakan")
    {
        var portal = await TestPortal.StartAsync();
        await portal.AddStaffAsync(); // the signatories: each template's role has a holder
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var client = Client.Register(admin.OfficeId,
            new ClientDetails("Wulan Santoso", null, "Tidak memiliki KTP", null, Sex.Perempuan, new DateOnly(1992, 11, 4), alamat, "Kota Makassar", null),
            "test", portal.Clock);
        await using (var db = await portal.DbAsync(admin.OfficeId))
        {
            db.Clients.Add(client);
            await db.SaveChangesAsync();
        }
        var peksos = await portal.ActorAsync("tarakan", StaffRole.Peksos);
        var id = await portal.Get<CaseWorkflow>().OpenAsync(admin, "pemulangan-orang-terlantar",
            new CaseOpening(admin.OfficeId, null, [client.Id], [new CaseAssignment(StaffRole.Peksos, peksos.UserId, peksos.Name)], null));
        return (portal, peksos, id);
    }

    private static string PdfText(TestPortal portal, Actor actor, IssuedLetter letter) =>
        Support.PdfText.Of(portal.Get<AttachmentStore>().PathFor(actor.OfficeId, letter.CaseId, letter.AttachmentId));

    [Theory]
    [InlineData("surat-keterangan-terlantar", "Kepala Dinas tarakan")]
    [InlineData("surat-permohonan-pemulangan", "Kepala Dinas tarakan")]
    [InlineData("kontrak-pelayanan-lk3", "Koordinator tarakan")]
    [InlineData("surat-rujukan", "Kepala Bidang tarakan")]
    [InlineData("berita-acara-serah-terima", "(....")]
    [InlineData("laporan-pelaksanaan", "Kepala Bidang tarakan")]
    public async Task Each_Tarakan_template_prints_the_kop_number_client_date_and_signatory(string kode, string signatory)
    {
        var (portal, peksos, id) = await RepatriationAsync();
        await using var _ = portal;

        var letter = await portal.Get<Letters>().IssueAsync(peksos, id, kode);

        var text = PdfText(portal, peksos, letter);
        var month = new[] { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember" };
        var today = TimeZoneInfo.ConvertTime(portal.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar"));
        Assert.Contains("PEMERINTAH KOTA TARAKAN", text);
        Assert.Contains($"Nomor: 400.9/0001/DINSOSPM/", text);
        Assert.Equal($"400.9/0001/DINSOSPM/{new[] { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" }[today.Month - 1]}/{today.Year}", letter.Nomor);
        Assert.Contains($"Tarakan, {today.Day} {month[today.Month - 1]} {today.Year}", text);
        Assert.Contains(signatory, text);
        Assert.Contains("Wulan Santoso", text);
    }

    [Fact]
    public async Task Lamandaus_templates_print_under_its_own_kop_and_number_pattern()
    {
        await using var portal = await TestPortal.StartAsync();
        await portal.AddStaffAsync();
        var admin = await portal.ActorAsync("lamandau", StaffRole.Pengadministrasi);
        var peksos = await portal.ActorAsync("lamandau", StaffRole.Peksos);
        var client = await portal.Get<Portal.Clients.ClientRegistry>().RegisterAsync(admin,
            new ClientDetails("Dewi Lestari", null, "Belum memiliki KTP", null, Sex.Perempuan, new DateOnly(2014, 3, 2), null, "Nanga Bulik", null));
        var id = await portal.Get<CaseWorkflow>().OpenAsync(admin, "anak-terlantar",
            new CaseOpening(admin.OfficeId, null, [client], [new CaseAssignment(StaffRole.Peksos, peksos.UserId, peksos.Name)], null));
        var today = TimeZoneInfo.ConvertTime(portal.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Pontianak"));

        foreach (var (kode, signatory) in new[] { ("surat-tugas-pendampingan", "Kepala Dinas lamandau"), ("berita-acara-serah-terima", "(....") })
        {
            var letter = await portal.Get<Letters>().IssueAsync(peksos, id, kode);
            var text = PdfText(portal, peksos, letter);
            Assert.Contains("PEMERINTAH KABUPATEN LAMANDAU", text);
            Assert.Matches(@"^[0-9.]+/000[12]/DINSOS/[IVX]+/\d{4}$", letter.Nomor);
            Assert.Contains($"Nanga Bulik, {today.Day} ", text);
            Assert.Contains("Dewi Lestari", text);
            Assert.Contains(signatory, text);
        }
    }

    [Fact]
    public void A_kop_with_a_logo_draws_the_image_beside_it()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        LetterPdf.UseLicense(null);
        var letter = new LetterContent(new KopSurat("Pemerintah Kota Uji", "Dinas Sosial", "Jl. Uji 1", null, "Uji"), png, "Surat Uji", "1/0001/2026",
            null, null, ["Isi surat."], new DateOnly(2026, 11, 24), "Kepala Dinas", "Nama Kepala", []);

        var withLogo = LetterPdf.Render(letter);
        var without = LetterPdf.Render(letter with { Logo = null });

        Assert.Contains("/Subtype/Image", System.Text.Encoding.Latin1.GetString(withLogo));
        Assert.DoesNotContain("/Subtype/Image", System.Text.Encoding.Latin1.GetString(without));
    }

    [Fact]
    public async Task A_template_on_F4_paper_prints_on_F4()
    {
        var (portal, peksos, id) = await RepatriationAsync();
        await using var _ = portal;

        var letter = await portal.Get<Letters>().IssueAsync(peksos, id, "berita-acara-serah-terima");

        var path = portal.Get<AttachmentStore>().PathFor(peksos.OfficeId, letter.CaseId, letter.AttachmentId);
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(path, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        Assert.Equal(330, document.Pages[0].Height.Millimeter, 0.5);
        Assert.Equal(215, document.Pages[0].Width.Millimeter, 0.5);
    }

    [Fact]
    public async Task Issuing_records_the_letter_in_history_and_files_and_a_voided_number_is_never_given_again()
    {
        var (portal, peksos, id) = await RepatriationAsync();
        await using var _ = portal;
        var letters = portal.Get<Letters>();

        var first = await letters.IssueAsync(peksos, id, "surat-keterangan-terlantar");
        await letters.VoidAsync(peksos, first.Id, "Daerah asal salah tulis");
        var second = await letters.IssueAsync(peksos, id, "surat-keterangan-terlantar");

        Assert.StartsWith("400.9/0001/", first.Nomor);
        Assert.StartsWith("400.9/0002/", second.Nomor);
        var detail = (await portal.Get<CaseDetailQuery>().LoadAsync(peksos, id))!;
        Assert.Contains(detail.History, e => e.Kind == CaseEventKind.SuratDibuat && e.Description == $"Membuat Surat Keterangan Terlantar nomor {first.Nomor}" && e.ActorName == peksos.Name);
        Assert.Contains(detail.History, e => e.Kind == CaseEventKind.SuratDibatalkan && e.Description.EndsWith("Daerah asal salah tulis"));
        var rows = await portal.Get<LetterQueries>().ForCaseAsync(peksos, id);
        Assert.Equal(LetterStatus.Dibatalkan, rows.Single(r => r.Id == first.Id).Status);
        Assert.Equal(LetterStatus.Terbit, rows.Single(r => r.Id == second.Id).Status);
        Assert.Equal(2, (await portal.Get<AttachmentStore>().ListAsync(peksos, id)).Count(a => a.ContentType == "application/pdf"));

        var again = await Assert.ThrowsAsync<DomainRuleException>(() => letters.VoidAsync(peksos, first.Id, "lagi"));
        Assert.Contains("sudah dibatalkan", again.Message);
        await Assert.ThrowsAsync<DomainRuleException>(() => letters.VoidAsync(peksos, second.Id, " "));
    }

    [Fact]
    public async Task The_years_register_downloads_with_each_number_its_case_and_why_one_was_voided()
    {
        var (portal, peksos, id) = await RepatriationAsync();
        await using var _ = portal;
        var letters = portal.Get<Letters>();
        var first = await letters.IssueAsync(peksos, id, "surat-keterangan-terlantar");
        await letters.VoidAsync(peksos, first.Id, "Daerah asal salah tulis");
        await letters.IssueAsync(peksos, id, "surat-keterangan-terlantar");
        var year = Calendars.Tarakan.ToOfficeTime(portal.Clock.GetUtcNow()).Year;
        var register = await portal.Get<LetterQueries>().RegisterAsync(peksos, year);

        var bytes = await LetterRegisterTable.WorkbookAsync(year, register, Calendars.Tarakan.TimeZone);

        await Workbooks.AssertHoldsAsync(bytes, [LetterRegisterTable.Of(year, register, Calendars.Tarakan.TimeZone)]);
        await using var file = new MemoryStream(bytes);
        var rows = (await MiniExcelLibs.MiniExcel.QueryAsync(file, useHeaderRow: true, sheetName: "Agenda surat")).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(register.Select(r => r.Nomor), rows.Select(r => (string)r["Nomor"]!));
        Assert.Equal("Daerah asal salah tulis", rows.Single(r => (string)r["Nomor"]! == first.Nomor)["Alasan pembatalan"]);
    }

    [Fact]
    public async Task A_case_missing_what_the_template_needs_is_told_what_and_consumes_no_number()
    {
        var (portal, peksos, id) = await RepatriationAsync(alamat: null);
        await using var _ = portal;
        var letters = portal.Get<Letters>();

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => letters.IssueAsync(peksos, id, "surat-rujukan"));

        Assert.Equal("Surat Rujukan belum dapat dibuat; data yang belum ada: alamat klien. Tidak ada nomor surat yang terpakai.", refused.Message);
        Assert.StartsWith("400.9/0001/", (await letters.IssueAsync(peksos, id, "surat-keterangan-terlantar")).Nomor);
    }

    [Fact]
    public async Task Staff_issuing_at_the_same_instant_get_different_numbers()
    {
        var (portal, peksos, id) = await RepatriationAsync();
        await using var _ = portal;
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var cases = new List<Guid> { id };
        for (var i = 0; i < 5; i++)
            cases.Add(await portal.Get<CaseWorkflow>().OpenAsync(admin, "pemulangan-orang-terlantar",
                new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId, $"Klien {i}")], [], null)));

        // Two letters on each case and all cases at once: same-case saves race on the case version as well as the number.
        var issued = await Task.WhenAll(cases.SelectMany(c => new[] { c, c }).Select(c =>
            Task.Run(() => portal.Get<Letters>().IssueAsync(peksos, c, "laporan-pelaksanaan"))));

        Assert.Equal(Enumerable.Range(1, 12), issued.Select(l => l.Urut).Order());
        Assert.Equal(12, issued.Select(l => l.Nomor).Distinct().Count());
    }

    [Fact]
    public async Task Another_offices_letter_cannot_be_voided()
    {
        var (portal, peksos, id) = await RepatriationAsync();
        await using var _ = portal;
        var letter = await portal.Get<Letters>().IssueAsync(peksos, id, "surat-keterangan-terlantar");
        var lamandau = await portal.ActorAsync("lamandau", StaffRole.Peksos);

        await Assert.ThrowsAsync<DomainRuleException>(() => portal.Get<Letters>().VoidAsync(lamandau, letter.Id, "bukan milik kami"));
        Assert.Empty(await portal.Get<LetterQueries>().RegisterAsync(lamandau, letter.Year));
    }
}
