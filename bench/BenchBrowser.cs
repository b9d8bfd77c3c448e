using Microsoft.Playwright;

namespace Bench;

/// <summary>Debian's Chromium as every browser bench drives it (nothing downloaded), and a signed-in staff state for its tabs.</summary>
internal static class BenchBrowser
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--renderer-process-limit=8"],
    });

    /// <summary>The cookies of <paramref name="user"/> signed in once, for contexts that open many tabs as them.</summary>
    public static async Task<string> SignedInStateAsync(IBrowser browser, string address, string user)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", BenchPortal.Password);
        await page.ClickAsync("button[type=submit]");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var state = await context.StorageStateAsync();
        await context.CloseAsync();
        return state;
    }
}
