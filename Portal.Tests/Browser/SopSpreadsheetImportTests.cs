using Microsoft.Playwright;
using MiniExcelLibs;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SopSpreadsheetImportTests(BrowserPortal browser) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task An_admin_imports_an_excel_sop_sees_the_unreadable_cell_fixes_it_on_screen_and_saves()
    {
        var admin = await browser.SignedInPageAsync("admin.tarakan");
        await BrowserPortal.ScenarioAsync(admin, "impor-xlsx", async () =>
        {
            await admin.GotoAsync("/sop");
            await BrowserPortal.WaitInteractiveAsync(admin);
            Dictionary<string, object?> R(params object?[] cells) => cells.Select((v, i) => (((char)('A' + i)).ToString(), v)).ToDictionary(x => x.Item1, x => x.v);
            using var xlsx = new MemoryStream();
            xlsx.SaveAs(new[]
            {
                R("Kode", "uji-excel", null, null, null, null),
                R("Nama SOP", "SOP Uji Excel", null, null, null, null),
                R("No", "Kegiatan", "Pengadministrasi", "Kelengkapan", "Waktu", "Output"),
                R(1.0, "Mencatat laporan", "v", "Formulir laporan", "15 menitt", "Laporan tercatat"),
            }, printHeader: false);

            await admin.Locator("input[type=file][data-testid=unggah-xlsx]").SetInputFilesAsync(new FilePayload
            {
                Name = "sop-uji.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = xlsx.ToArray(),
            });
            await Assertions.Expect(admin.Locator("[data-testid=sel-tidak-terbaca]")).ToContainTextAsync("Sel E4: waktu '15 menitt' tidak terbaca");
            // Nothing is saved before the admin says so.
            await Assertions.Expect(admin.Locator("[data-testid=daftar-sop]")).Not.ToContainTextAsync("SOP Uji Excel");

            var yaml = admin.Locator("textarea[data-testid=yaml-impor]");
            await yaml.FillAsync((await yaml.InputValueAsync()).Replace("    catatan_pembacaan: \"Waktu tercetak '15 menitt' tidak terbaca saat impor lembar kerja.\"", "    waktu: \"15 menit\""));
            await admin.Locator("[data-testid=simpan-impor]").ClickAsync();

            await Assertions.Expect(admin.Locator("[data-testid=hasil-impor]")).ToContainTextAsync("SOP uji-excel disimpan (revisi 1).");
            await Assertions.Expect(admin.Locator("[data-testid=daftar-sop]")).ToContainTextAsync("SOP Uji Excel");
        });
    }
}
