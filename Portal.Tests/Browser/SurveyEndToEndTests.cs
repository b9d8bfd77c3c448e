using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SurveyEndToEndTests(BrowserPortal browser) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_visitor_answers_the_survey_on_a_phone_and_the_kabid_sees_the_index()
    {
        var phone = await browser.NewPageAsync();
        await phone.SetViewportSizeAsync(390, 844);
        await BrowserPortal.ScenarioAsync(phone, "survei-ponsel", async () =>
        {
            await phone.GotoAsync("/survei/tarakan/sp-rujukan-lk3");
            var opened = DateTime.UtcNow;
            Assert.Equal(0, await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));
            for (var unsur = 1; unsur <= 9; unsur++)
                await phone.Locator($"[data-testid=unsur-{unsur}] label").Nth(unsur == 3 ? 3 : 2).ClickAsync();
            await phone.Locator("select[name='Form.JenisKelamin']").SelectOptionAsync("Laki-laki");
            // A person takes longer than the portal's minimum fill time; this test waits it out.
            var wait = TimeSpan.FromSeconds(5.5) - (DateTime.UtcNow - opened);
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            await phone.GetByRole(AriaRole.Button, new() { Name = "Kirim jawaban" }).ClickAsync();
            await Assertions.Expect(phone.Locator("[data-testid=terima-kasih]")).ToBeVisibleAsync();
        });

        var page = await browser.SignedInPageAsync("kabid.tarakan");
        await BrowserPortal.ScenarioAsync(page, "ikm", async () =>
        {
            await page.GotoAsync("/skm");
            await BrowserPortal.WaitInteractiveAsync(page);
            // Eight unsur at 3 and waktu penyelesaian at 4: (24 + 4) / 9 × 25 = 77.78, mutu B.
            await Assertions.Expect(page.Locator("[data-testid=ikm-sp-rujukan-lk3] [data-testid=nilai-ikm]")).ToContainTextAsync("mutu B (Baik) · 1 responden");
            await Assertions.Expect(page.Locator("[data-testid=ikm-sp-rujukan-lk3] [data-testid=nilai-ikm]")).ToContainTextAsync("77,78");
            await Assertions.Expect(page.Locator("[data-testid=ikm-sp-rujukan-lk3] [data-testid=grafik-unsur] [role=listitem]")).ToHaveCountAsync(9);

            await page.GotoAsync("/dasbor");
            await BrowserPortal.WaitInteractiveAsync(page);
            await Assertions.Expect(page.Locator("[data-testid=dasbor-ikm]")).ToContainTextAsync("IKM 77,78 · mutu B (Baik) · 1 responden");

            await page.GotoAsync("/skm/kartu/sp-rujukan-lk3");
            await BrowserPortal.WaitInteractiveAsync(page);
            // The QR image loads (decode() fails on a broken image) and has its size.
            Assert.True(await page.Locator("[data-testid=kartu-survei] img").EvaluateAsync<bool>("async img => { await img.decode(); return img.naturalWidth > 0; }"));
            await Assertions.Expect(page.Locator("[data-testid=kartu-survei]")).ToContainTextAsync("/survei/tarakan/sp-rujukan-lk3");
        });
    }
}
