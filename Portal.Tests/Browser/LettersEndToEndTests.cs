using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class LettersEndToEndTests(BrowserPortal browser) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_peksos_issues_the_surat_keterangan_terlantar_downloads_it_and_finds_it_in_the_case_and_the_register()
    {
        var page = await browser.SignedInPageAsync("peksos.tarakan");
        await BrowserPortal.ScenarioAsync(page, "surat", async () =>
        {
            await page.GotoAsync("/papan");
            await BrowserPortal.WaitInteractiveAsync(page);
            await page.Locator("[data-testid=papan-sop]").SelectOptionAsync(new SelectOptionValue { Label = "Pelayanan Pemulangan Orang Terlantar" });
            var caseId = await page.Locator("[data-testid=kolom-4] [data-testid=kartu]").First.GetAttributeAsync("data-kasus");

            await page.GotoAsync($"/kasus/{caseId}");
            await BrowserPortal.WaitInteractiveAsync(page);
            // Acting on the assessment makes the peksos its holder: the letter names the case's pekerja sosial.
            await page.Locator("input[data-testid=kelengkapan], [data-testid=kelengkapan] input").First.CheckAsync();
            await Assertions.Expect(page.Locator("input[data-testid=kelengkapan], [data-testid=kelengkapan] input").First).ToBeCheckedAsync();

            await Assertions.Expect(page.Locator("[data-testid=templat-surat]")).ToContainTextAsync("Surat Keterangan Terlantar");
            await page.Locator("[data-testid=buat-surat]").ClickAsync();
            var preview = page.Locator("[data-testid=pratinjau-surat]");
            await Assertions.Expect(preview).ToContainTextAsync("SURAT KETERANGAN TERLANTAR");
            await Assertions.Expect(preview).ToContainTextAsync("PEMERINTAH KOTA TARAKAN");
            await Assertions.Expect(preview).ToContainTextAsync("Rizky Ramadhan, S.Tr.Sos");
            await page.Locator("[data-testid=terbitkan-surat]").ClickAsync();

            var letter = page.Locator("[data-testid=surat]").First;
            await Assertions.Expect(letter).ToContainTextAsync("nomor 400.9/0001/DINSOSPM/");
            var nomor = await letter.GetAttributeAsync("data-nomor");
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync($"Membuat Surat Keterangan Terlantar nomor {nomor}");

            var href = await letter.Locator("a").GetAttributeAsync("href");
            var download = await page.Context.APIRequest.GetAsync(href!);
            Assert.True(download.Ok, $"{href}: {download.Status}");
            Assert.Equal("application/pdf", download.Headers["content-type"]);
            Assert.Equal("%PDF"u8.ToArray(), (await download.BodyAsync())[..4]);

            await page.GetByRole(AriaRole.Link, new() { Name = "Buku Agenda Surat" }).ClickAsync();
            var row = page.Locator($"[data-testid=agenda-surat] tr[data-nomor='{nomor}']");
            await Assertions.Expect(row).ToContainTextAsync("Surat Keterangan Terlantar");
            await Assertions.Expect(row).ToContainTextAsync("TRK-");
        });
    }
}
