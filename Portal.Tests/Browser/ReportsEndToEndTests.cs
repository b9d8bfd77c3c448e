using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ReportsEndToEndTests(BrowserPortal browser) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task The_kabid_reads_last_months_report_and_downloads_it_as_Excel_and_PDF()
    {
        var page = await browser.SignedInPageAsync("kabid.tarakan");
        await BrowserPortal.ScenarioAsync(page, "laporan", async () =>
        {
            await page.GotoAsync("/");
            await BrowserPortal.WaitInteractiveAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "Laporan bulanan" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=judul-laporan]")).ToContainTextAsync("Dinas Sosial dan Pemberdayaan Masyarakat Kota Tarakan");
            var opened = await page.Locator("[data-testid='laporan-Ringkasan'] tbody tr:first-child td:last-child").InnerTextAsync();
            var month = (await page.Locator("[data-testid=judul-laporan]").InnerTextAsync()).Split(" · ")[^1].Trim();

            var (_, summary) = await BrowserPortal.DownloadSheetAsync(page, "unduh-xlsx", "Ringkasan");
            Assert.Equal("Kasus dibuka", summary[0]["Uraian"]);
            Assert.Equal(opened, Portal.Reports.ReportTable.Text(summary[0]["Jumlah"]));

            var pdf = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=unduh-pdf]").ClickAsync());
            Assert.EndsWith(".pdf", pdf.SuggestedFilename);
            var text = PdfText.Of(await pdf.PathAsync());
            Assert.Contains($"Rekap Bulanan Pelayanan Kasus · {month}", text);
            Assert.Contains($"Kasus dibuka {opened}", text);
        });
    }
}
