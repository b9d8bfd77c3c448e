using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SecurityEndToEndTests(BrowserPortal browser) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_lamandau_user_typing_a_tarakan_case_address_sees_only_that_it_does_not_exist()
    {
        var tarakan = await browser.SignedInPageAsync("peksos.tarakan");
        var caseLink = tarakan.Locator("[data-testid=tugas-item] a").First;
        var address = await caseLink.GetAttributeAsync("href");
        var lamandau = await browser.SignedInPageAsync("peksos.lamandau");
        await BrowserPortal.ScenarioAsync(lamandau, "alamat-kantor-lain", async () =>
        {
            await lamandau.GotoAsync("/" + address!.Split('#')[0]);
            await Assertions.Expect(lamandau.Locator("[data-testid=kasus-tidak-ditemukan]")).ToHaveTextAsync("Kasus tidak ditemukan.");
            await Assertions.Expect(lamandau.Locator("[data-testid=kasus-judul]")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task Wrong_passwords_until_lockout_then_even_the_right_one_is_refused()
    {
        var page = await browser.NewPageAsync();
        await BrowserPortal.ScenarioAsync(page, "terkunci", async () =>
        {
            for (var i = 0; i < 4; i++)
            {
                await BrowserPortal.SignInAsync(page, "shelter.lamandau", "bukan-sandinya");
                await Assertions.Expect(page.Locator("[data-testid=pesan-masuk]")).ToHaveTextAsync("Nama pengguna atau kata sandi salah.");
            }
            await BrowserPortal.SignInAsync(page, "shelter.lamandau", "bukan-sandinya");
            await Assertions.Expect(page.Locator("[data-testid=pesan-masuk]")).ToContainTextAsync("Akun terkunci");
            await BrowserPortal.SignInAsync(page, "shelter.lamandau", BrowserPortal.Password);
            await Assertions.Expect(page.Locator("[data-testid=pesan-masuk]")).ToContainTextAsync("Akun terkunci");
            Assert.Contains("/Account/Login", page.Url);
        });
    }

    [Fact]
    public async Task A_malformed_sop_upload_shows_each_error_with_its_line_and_loads_nothing()
    {
        var admin = await browser.SignedInPageAsync("admin.tarakan");
        await BrowserPortal.ScenarioAsync(admin, "unggah-rusak", async () =>
        {
            await admin.GotoAsync("/sop");
            await BrowserPortal.WaitInteractiveAsync(admin);
            var yaml = """
                kode: uji-unggah
                kantor: tarakan
                nama: SOP Uji Unggah
                langkah:
                  - no: 1
                    uraian: Mencatat laporan
                    pelaksana: [pekerja-sosial]
                    waktu: 2 pekan
                """;
            await admin.Locator("input[type=file][data-testid=unggah-sop]").SetInputFilesAsync(new FilePayload
            {
                Name = "sop-uji.yaml", MimeType = "application/x-yaml", Buffer = System.Text.Encoding.UTF8.GetBytes(yaml),
            });
            await Assertions.Expect(admin.Locator("[data-testid=hasil-unggah]")).ToContainTextAsync("Berkas sop-uji.yaml ditolak; tidak ada yang dimuat.");
            var errors = admin.Locator("[data-testid=galat-sop]");
            await Assertions.Expect(errors.Filter(new() { HasText = "sop-uji.yaml baris 7" })).ToContainTextAsync("peran 'pekerja-sosial' tidak dikenal");
            await Assertions.Expect(errors.Filter(new() { HasText = "sop-uji.yaml baris 8" })).ToContainTextAsync("satuan 'pekan' tidak dikenal");
            await Assertions.Expect(admin.Locator("[data-testid=daftar-sop]")).Not.ToContainTextAsync("SOP Uji Unggah");
        });
    }
}
