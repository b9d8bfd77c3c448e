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
}
