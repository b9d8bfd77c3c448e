using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

/// <summary>The layout's drawer and bell are plain markup (docs/decisions/0016): they still behave as MudBlazor's did.</summary>
[Collection(BrowserCollection.Name)]
public class LayoutTests(BrowserPortal browser) : IClassFixture<BrowserPortal>
{
    private static readonly Regex Closed = new(@"\bmud-drawer--closed\b");

    [Fact]
    public async Task The_menu_sits_beside_the_page_on_a_laptop_and_the_button_folds_it_away()
    {
        var page = await browser.SignedInPageAsync("peksos.tarakan");
        await BrowserPortal.ScenarioAsync(page, "menu-laptop", async () =>
        {
            await page.SetViewportSizeAsync(1366, 768);
            var drawer = page.Locator("[data-testid=laci]");
            var main = page.Locator(".mud-main-content");
            await Assertions.Expect(drawer.GetByRole(AriaRole.Link, new() { Name = "Daftar Kasus" })).ToBeInViewportAsync();
            await Assertions.Expect(main).Not.ToHaveCSSAsync("margin-left", "0px");

            await page.Locator("[data-testid=menu-laptop]").ClickAsync();
            await Assertions.Expect(drawer).ToHaveClassAsync(Closed);
            await Assertions.Expect(main).ToHaveCSSAsync("margin-left", "0px");
            await Assertions.Expect(drawer.GetByRole(AriaRole.Link, new() { Name = "Daftar Kasus" })).Not.ToBeInViewportAsync();

            // Folded away it stays folded while the person moves between pages of the same circuit.
            await page.EvaluateAsync("() => Blazor.navigateTo('/kasus')");
            await Assertions.Expect(page.Locator("[data-testid=daftar-kasus]")).ToBeVisibleAsync();
            await Assertions.Expect(drawer).ToHaveClassAsync(Closed);
            await page.Locator("[data-testid=menu-laptop]").ClickAsync();
            await Assertions.Expect(drawer).Not.ToHaveClassAsync(Closed);
            await Assertions.Expect(main).Not.ToHaveCSSAsync("margin-left", "0px");
        });
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_over_the_page_and_closes_on_a_tap_beside_it_or_after_following_a_link()
    {
        var page = await browser.SignedInPageAsync("peksos.tarakan");
        await BrowserPortal.ScenarioAsync(page, "menu-ponsel", async () =>
        {
            await page.SetViewportSizeAsync(390, 844);
            await page.ReloadAsync();
            await BrowserPortal.WaitInteractiveAsync(page);
            var drawer = page.Locator("[data-testid=laci]");
            var link = drawer.GetByRole(AriaRole.Link, new() { Name = "Daftar Kasus" });
            await Assertions.Expect(link).Not.ToBeInViewportAsync();

            await page.Locator("[data-testid=menu-ponsel]").ClickAsync();
            await Assertions.Expect(link).ToBeInViewportAsync();
            await Assertions.Expect(drawer.Locator("[data-testid=pengguna-menu]")).ToContainTextAsync("Rizky Ramadhan");
            await page.Locator("[data-testid=laci-latar]").ClickAsync(new() { Position = new() { X = 370, Y = 400 } });
            await Assertions.Expect(drawer).ToHaveClassAsync(Closed);
            await Assertions.Expect(page.Locator("[data-testid=laci-latar]")).ToHaveCountAsync(0);

            await page.Locator("[data-testid=menu-ponsel]").ClickAsync();
            await link.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/kasus$"));
            await Assertions.Expect(link).Not.ToBeInViewportAsync();
            await Assertions.Expect(page.Locator("[data-testid=laci-latar]")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task The_bell_opens_its_list_and_closes_it_on_escape_on_a_click_beside_it_and_on_the_way_to_all_notifications()
    {
        var page = await browser.SignedInPageAsync("kabid.tarakan");
        await BrowserPortal.ScenarioAsync(page, "lonceng", async () =>
        {
            var bell = page.Locator("[data-testid=lonceng-tombol]");
            var list = page.Locator("[data-testid=daftar-notifikasi]");
            await Assertions.Expect(list).ToHaveCountAsync(0);

            await bell.ClickAsync();
            await Assertions.Expect(list).ToBeVisibleAsync();
            await Assertions.Expect(bell).ToHaveAttributeAsync("aria-expanded", "true");
            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(list).ToHaveCountAsync(0);

            await bell.ClickAsync();
            await Assertions.Expect(list).ToBeVisibleAsync();
            await page.Mouse.ClickAsync(20, 600);
            await Assertions.Expect(list).ToHaveCountAsync(0);
            await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/notifikasi$"));

            await bell.ClickAsync();
            await list.Locator("[data-testid=semua-notifikasi]").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/notifikasi$"));
            await Assertions.Expect(list).ToHaveCountAsync(0);
        });
    }
}
