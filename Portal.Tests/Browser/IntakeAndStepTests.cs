using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class IntakeAndStepTests(BrowserPortal browser) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_new_client_without_nik_is_registered_and_the_repatriation_case_starts_and_moves_a_step()
    {
        var page = await browser.SignedInPageAsync("pengadministrasi.tarakan");
        await BrowserPortal.ScenarioAsync(page, "pendaftaran", async () =>
        {
            await page.GotoAsync("/pendaftaran");
            await BrowserPortal.WaitInteractiveAsync(page);
            await page.Locator("[data-testid=pilih-sop]").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Pelayanan Pemulangan Orang Terlantar" }).ClickAsync();

            await page.ClickAsync("[data-testid=klien-baru-buka]");
            var nik = BrowserPortal.Field(page, "nik");
            await nik.FillAsync("6571013203850001");
            await Assertions.Expect(page.GetByText("Tanggal lahir dalam NIK (angka 7–8) '32' tidak sah")).ToBeVisibleAsync();

            await BrowserPortal.Field(page, "nama").FillAsync("Sahrul Gunawan");
            await page.Locator("[data-testid=tanpa-nik]").ClickAsync();
            await BrowserPortal.Field(page, "alasan-tanpa-nik").FillAsync("Tidak memiliki KTP/KK");
            await page.ClickAsync("[data-testid=simpan-klien]");
            await Assertions.Expect(page.Locator("[data-testid=klien-dipilih]")).ToContainTextAsync("Sahrul Gunawan (tanpa NIK)");

            await BrowserPortal.Field(page, "dibawa-oleh").FillAsync("Petugas Kelurahan Karang Anyar dengan surat keterangan terlantar");
            await page.ClickAsync("[data-testid=mulai-kasus]");
            await Assertions.Expect(page).ToHaveURLAsync(BrowserPortal.CasePage);
            await Assertions.Expect(page.Locator("[data-testid=kasus-judul]")).ToHaveTextAsync("Sahrul Gunawan");

            var current = page.Locator("[data-testid=langkah-berjalan]");
            await Assertions.Expect(current).ToContainTextAsync("Langkah 1:");
            await Assertions.Expect(page.Locator("[data-testid=selesaikan]")).ToBeDisabledAsync();
            await Assertions.Expect(page.Locator("[data-testid=alasan-belum-bisa]")).ToContainTextAsync("Kelengkapan belum lengkap: Surat keterangan terlantar dari Kelurahan.");

            await page.Locator("[data-testid=kelengkapan]").First.ClickAsync();
            await BrowserPortal.Field(page, "output").FillAsync("Surat keterangan terlantar No. 45/KA/XI/2026");
            await Assertions.Expect(page.Locator("[data-testid=selesaikan]")).ToBeEnabledAsync();
            await page.ClickAsync("[data-testid=selesaikan]");

            await Assertions.Expect(current).ToContainTextAsync("Langkah 2: Mengisi formulir layanan sosial");
            await Assertions.Expect(page.Locator("[data-testid=linimasa]")).ToContainTextAsync("Surat keterangan terlantar No. 45/KA/XI/2026");
            await Assertions.Expect(page.Locator("[data-testid=riwayat]")).ToContainTextAsync("Menyelesaikan langkah 1");
        });
    }
}
