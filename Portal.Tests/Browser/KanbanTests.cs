using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class KanbanTests(BrowserPortal browser) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task Dragging_a_card_is_refused_with_the_reason_until_the_rules_allow_and_then_completes_the_step()
    {
        var page = await browser.SignedInPageAsync("peksos.tarakan");
        await BrowserPortal.ScenarioAsync(page, "papan", async () =>
        {
            await OpenBoardAsync(page);
            var caseId = await page.Locator("[data-testid=kolom-4] [data-testid=kartu]").First.GetAttributeAsync("data-kasus");
            var assessment = Card(page, 4, caseId!);

            await assessment.DragToAsync(page.Locator("[data-testid=kolom-3] .kanban-zone"));
            await Assertions.Expect(page.Locator("[data-testid=alasan-tolak]")).ToContainTextAsync("Kartu hanya dapat dipindah ke langkah berikutnya (langkah 5).");
            await Assertions.Expect(page.Locator($"[data-testid=kolom-4] [data-kasus='{caseId}']")).ToBeVisibleAsync();

            await assessment.DragToAsync(page.Locator("[data-testid=kolom-5] .kanban-zone"));
            await Assertions.Expect(page.Locator("[data-testid=alasan-tolak]")).ToContainTextAsync("Kelengkapan belum lengkap: Instrumen asesmen pekerja sosial.");
            await Assertions.Expect(page.Locator($"[data-testid=kolom-4] [data-kasus='{caseId}']")).ToBeVisibleAsync();

            await page.GotoAsync($"/kasus/{caseId}");
            await BrowserPortal.WaitInteractiveAsync(page);
            await page.Locator("[data-testid=kelengkapan]").First.ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=selesaikan]")).ToBeEnabledAsync();

            await OpenBoardAsync(page);
            await Card(page, 4, caseId!).DragToAsync(page.Locator("[data-testid=kolom-5] .kanban-zone"));
            // Dragging asks for the output before it completes anything.
            await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Selesaikan langkah 4?");
            await Assertions.Expect(page.Locator($"[data-testid=kolom-4] [data-kasus='{caseId}']")).ToBeVisibleAsync();
            await BrowserPortal.Field(page, "dialog-output").FillAsync("Asesmen selesai, klien siap dipulangkan");
            await page.Locator("[data-testid=dialog-selesaikan-langkah]").ClickAsync();
            await Assertions.Expect(page.Locator($"[data-testid=kolom-5] [data-kasus='{caseId}']")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator($"[data-testid=kolom-4] [data-kasus='{caseId}']")).ToHaveCountAsync(0);

            await page.GotoAsync($"/kasus/{caseId}");
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Output: Asesmen selesai, klien siap dipulangkan");
        });
    }

    private static ILocator Card(IPage page, int column, string caseId) =>
        page.Locator($"[data-testid=kolom-{column}] [data-kasus='{caseId}']");

    private static async Task OpenBoardAsync(IPage page)
    {
        await page.GotoAsync("/papan");
        await BrowserPortal.WaitInteractiveAsync(page);
        await page.Locator("[data-testid=papan-sop]").SelectOptionAsync(new SelectOptionValue { Label = "Pelayanan Pemulangan Orang Terlantar" });
        await Assertions.Expect(page.Locator("[data-testid=kolom-4] [data-testid=kartu]").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_board_downloads_as_a_spreadsheet_of_exactly_the_cards_it_shows()
    {
        var page = await browser.SignedInPageAsync("kabid.tarakan");
        await BrowserPortal.ScenarioAsync(page, "papan-excel", async () =>
        {
            await page.GotoAsync("/papan");
            await BrowserPortal.WaitInteractiveAsync(page);
            var onBoard = (await page.Locator("[data-testid=kartu]").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.kasus)")).Length;
            Assert.True(onBoard > 0);

            var (fileName, rows) = await BrowserPortal.DownloadSheetAsync(page, "papan-excel");
            Assert.Equal("papan-kasus.xlsx", fileName);
            Assert.Equal(onBoard, rows.Count);
            Assert.All(rows, r => Assert.StartsWith("TRK-", (string)r["Nomor kasus"]!));
        });
    }
}
