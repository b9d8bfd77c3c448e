using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SignInTests(BrowserPortal browser) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_peksos_signs_in_and_sees_their_tasks_with_name_role_and_office()
    {
        var page = await browser.SignedInPageAsync("peksos.tarakan");
        await BrowserPortal.ScenarioAsync(page, "masuk", async () =>
        {
            var user = await page.Locator("[data-testid=pengguna]").InnerTextAsync();
            Assert.Contains("Rizky Ramadhan", user);
            Assert.Contains("Pekerja Sosial", user);
            Assert.Contains("Kota Tarakan", user);
            Assert.True(await page.Locator("[data-testid=tugas-item]").CountAsync() > 0);

            // The case list is in the menu, not only behind a dashboard number.
            await page.GetByRole(AriaRole.Link, new() { Name = "Daftar Kasus" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/kasus$"));
            await Assertions.Expect(page.Locator("[data-testid=daftar-kasus]")).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task Staff_change_their_own_password_under_the_policy_shown_and_sign_in_with_the_new_one()
    {
        var page = await browser.SignedInPageAsync("konselor.tarakan");
        await BrowserPortal.ScenarioAsync(page, "kata-sandi", async () =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Ubah Kata Sandi" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=aturan-kata-sandi]"))
                .ToHaveTextAsync("Kata sandi baru: paling sedikit 8 karakter, berisi huruf besar, huruf kecil, angka dan simbol (mis. # atau !).");

            await ChangeAsync(page, "salah-sekali", "Baru#2026x", "Baru#2026x");
            await Assertions.Expect(page.Locator("[data-testid=pesan-kata-sandi]")).ToHaveTextAsync("Kata sandi saat ini salah.");

            await ChangeAsync(page, BrowserPortal.Password, "pendek", "pendek");
            await Assertions.Expect(page.Locator("[data-testid=pesan-kata-sandi]").First).ToContainTextAsync("Kata sandi paling sedikit 8 karakter.");

            await ChangeAsync(page, BrowserPortal.Password, "Baru#2026x", "Baru#2026y");
            await Assertions.Expect(page.Locator(".account-error").First).ToHaveTextAsync("Ulangan kata sandi baru tidak sama.");

            await ChangeAsync(page, BrowserPortal.Password, "Baru#2026x", "Baru#2026x");
            await Assertions.Expect(page.Locator("[data-testid=kata-sandi-diubah]")).ToBeVisibleAsync();
        });

        var again = await browser.NewPageAsync();
        await BrowserPortal.ScenarioAsync(again, "masuk-sandi-baru", async () =>
        {
            await BrowserPortal.SignInAsync(again, "konselor.tarakan", BrowserPortal.Password);
            await Assertions.Expect(again.Locator("[data-testid=pesan-masuk]")).ToHaveTextAsync("Nama pengguna atau kata sandi salah.");
            await BrowserPortal.SignInAsync(again, "konselor.tarakan", "Baru#2026x");
            await Assertions.Expect(again.Locator("[data-testid=pengguna]")).ToContainTextAsync("Dra. Halimah");
        });
    }

    [Fact]
    public async Task The_late_case_list_downloads_as_a_spreadsheet_with_the_rows_on_screen()
    {
        var page = await browser.SignedInPageAsync("kabid.tarakan");
        await BrowserPortal.ScenarioAsync(page, "ekspor", async () =>
        {
            await page.GotoAsync("/kasus?terlambat=true");
            await BrowserPortal.WaitInteractiveAsync(page);
            var onScreen = await page.Locator("[data-testid=daftar-kasus] tbody tr td:first-child").AllInnerTextsAsync();

            var (_, rows) = await BrowserPortal.DownloadSheetAsync(page, "ekspor-excel");

            Assert.NotEmpty(onScreen);
            Assert.Equal(onScreen.Select(n => n.Trim()), rows.Select(r => (string)r["Nomor kasus"]!));
        });
    }

    [Fact]
    public async Task The_admin_downloads_the_NIK_access_log_with_every_reveal_it_lists()
    {
        // A peksos opens a client's full NIK on a demo case, as the case page's "Tampilkan NIK" does.
        var services = browser.Portal.Services;
        var peksos = await browser.Portal.ActorAsync("peksos.tarakan");
        var cards = await services.GetRequiredService<Portal.Cases.CaseQueries>().ListAsync(peksos, new Portal.Cases.CaseFilter(SopKode: "pemulangan-orang-terlantar"));
        var kasus = (await services.GetRequiredService<Portal.Cases.CaseDetailQuery>().LoadAsync(peksos, cards[0].CaseId))!;
        await services.GetRequiredService<Portal.Clients.ClientRegistry>().RevealNikAsync(peksos, kasus.Case.ClientIds[0], kasus.Case.Id);

        var page = await browser.SignedInPageAsync("admin.tarakan");
        await BrowserPortal.ScenarioAsync(page, "akses-nik", async () =>
        {
            await page.GotoAsync("/admin/akses-nik");
            await BrowserPortal.WaitInteractiveAsync(page);
            var onScreen = await page.Locator("[data-testid=akses-nik] tbody tr td:nth-child(2)").AllInnerTextsAsync();
            Assert.Contains(peksos.Name, onScreen);

            var (fileName, rows) = await BrowserPortal.DownloadSheetAsync(page, "akses-nik-excel", "Akses NIK");
            Assert.Equal("akses-nik.xlsx", fileName);
            Assert.Equal(onScreen.Select(n => n.Trim()), rows.Select(r => (string)r["Petugas"]!));
            Assert.DoesNotContain(rows, r => System.Text.RegularExpressions.Regex.IsMatch((string)r["Klien"]!, "[0-9]{16}"));
            await Assertions.Expect(page.Locator("[data-testid=akses-nik-excel-pesan]")).ToHaveTextAsync("Selesai: akses-nik.xlsx.");
        });
    }

    private static async Task ChangeAsync(IPage page, string current, string next, string confirm)
    {
        await page.FillAsync("#current", current);
        await page.FillAsync("#new", next);
        await page.FillAsync("#confirm", confirm);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
    }
}
