using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class LiveDashboardTests(BrowserPortal browser) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_kabids_open_dashboard_and_kanban_change_when_a_peksos_completes_a_late_step_without_a_reload()
    {
        var kabid = await browser.SignedInPageAsync("kabid.tarakan");
        var peksos = await browser.SignedInPageAsync("peksos.tarakan");
        await BrowserPortal.ScenarioAsync(kabid, "dasbor-langsung", async () =>
        {
            await kabid.GotoAsync("/dasbor");
            await BrowserPortal.WaitInteractiveAsync(kabid);
            // Only this action changes the late count of PMBS step 2; other demo steps may fall due meanwhile.
            var late = kabid.Locator("[data-testid=per-langkah] tr", new() { HasText = "2. Mendampingi klien ke kantor" }).Locator("td").Nth(2);
            var before = int.Parse(await late.InnerTextAsync());
            Assert.True(before > 0);
            await Assertions.Expect(kabid.Locator("[data-testid=terlambat]")).ToContainTextAsync("Mendampingi klien ke kantor");

            // The same kabid has the PMBS kanban open in a second tab.
            var board = await kabid.Context.NewPageAsync();
            await board.GotoAsync("/papan");
            await BrowserPortal.WaitInteractiveAsync(board);
            await board.Locator("[data-testid=papan-sop]").SelectOptionAsync(new SelectOptionValue { Label = "Koordinasi terhadap Pekerja Migran Bermasalah Sosial (PMBS)" });
            await Assertions.Expect(board.Locator("[data-testid=kolom-2] [data-testid=kartu]").First).ToBeVisibleAsync();

            // The peksos takes one of their late steps that needs no kelengkapan and completes it.
            await peksos.GotoAsync("/kasus?terlambat=true");
            await BrowserPortal.WaitInteractiveAsync(peksos);
            var rows = peksos.Locator("[data-testid=daftar-kasus] tbody tr", new() { HasText = "Mendampingi klien ke kantor Dinas Perindustrian" });
            var moving = await rows.First.Locator("a").GetAttributeAsync("href");
            var caseId = moving!.Split('/')[^1];
            await Assertions.Expect(board.Locator($"[data-testid=kolom-2] [data-kasus='{caseId}']")).ToBeVisibleAsync();
            await rows.First.Locator("a").ClickAsync();
            await Assertions.Expect(peksos.Locator("[data-testid=selesaikan]")).ToBeEnabledAsync();
            await peksos.ClickAsync("[data-testid=selesaikan]");
            await Assertions.Expect(peksos.Locator("[data-testid=langkah-berjalan]")).ToContainTextAsync("Langkah 3:");

            await Assertions.Expect(late).ToHaveTextAsync((before - 1).ToString());
            await Assertions.Expect(board.Locator($"[data-testid=kolom-3] [data-kasus='{caseId}']")).ToBeVisibleAsync();
            await Assertions.Expect(board.Locator($"[data-testid=kolom-2] [data-kasus='{caseId}']")).ToHaveCountAsync(0);
            Assert.Equal($"{browser.Address}dasbor", kabid.Url);
        });
    }

    [Fact]
    public async Task The_kabid_chooses_a_period_and_the_figures_and_the_excel_download_follow_it()
    {
        var kabid = await browser.SignedInPageAsync("kabid.tarakan");
        await BrowserPortal.ScenarioAsync(kabid, "dasbor-periode", async () =>
        {
            await kabid.GotoAsync("/dasbor");
            await BrowserPortal.WaitInteractiveAsync(kabid);
            var excel = kabid.Locator("[data-testid=dasbor-excel]");
            await Assertions.Expect(excel).ToHaveAttributeAsync("href", "dasbor/ekspor.xlsx?hari=30");
            await Assertions.Expect(kabid.GetByLabel("Periode")).ToHaveValueAsync("30");

            await kabid.GetByLabel("Periode").SelectOptionAsync(new SelectOptionValue { Label = "Setahun terakhir" });
            await Assertions.Expect(excel).ToHaveAttributeAsync("href", "dasbor/ekspor.xlsx?hari=365");
            var sheet = await BrowserPortal.DownloadSheetAsync(kabid, "dasbor-excel");
            // The workbook names its period in the file name the server gives and in its heading.
            var named = sheet.FileName + " " + string.Join(" ", sheet.Rows.SelectMany(r => r.Keys.Concat(r.Values.Select(v => v?.ToString()))));
            Assert.Contains("365", named);
            Assert.DoesNotContain("30 hari", named);
        });
    }
}
