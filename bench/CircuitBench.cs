using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Bench;

/// <summary>
/// Server memory held by idle Blazor circuits: Debian's Chromium opens Tugas Saya in many browser contexts
/// signed in as one peksos; the managed heap of the in-process server is compared before and after.
/// </summary>
internal static class CircuitBench
{
    public static async Task<IReadOnlyList<Row>> RunAsync(int circuits)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dinsosportal-bench", Guid.NewGuid().ToString("N"));
        await using var portal = new BenchPortal(folder);
        portal.UseKestrel(0);
        portal.StartServer();
        var address = portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--renderer-process-limit=8"],
        });
        var signIn = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address });
        var page = await signIn.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#username", "peksos.tarakan");
        await page.FillAsync("#password", BenchPortal.Password);
        await page.ClickAsync("button[type=submit]");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var state = await signIn.StorageStateAsync();
        await signIn.CloseAsync();

        // One circuit first, so one-time costs (compiled queries, component metadata) are not counted per circuit.
        var warm = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address, StorageState = state });
        var warmTab = await warm.NewPageAsync();
        await warmTab.GotoAsync("/");
        await warmTab.Locator("[data-interactive=true]").WaitForAsync();
        await Task.Delay(1000);

        var before = ManagedHeap();
        // Every tab is its own circuit; one signed-in context lets Chromium share renderer processes between them.
        var tabs = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address, StorageState = state });
        tabs.SetDefaultTimeout(180_000);
        var opened = 0;
        string? stopped = null;
        try
        {
            for (var batch = 0; batch < circuits; batch += 5)
            {
                await Task.WhenAll(Enumerable.Range(0, Math.Min(5, circuits - batch)).Select(async _ =>
                {
                    var tab = await tabs.NewPageAsync();
                    await tab.GotoAsync("/");
                    await tab.Locator("[data-interactive=true]").WaitForAsync();
                    Interlocked.Increment(ref opened);
                }));
            }
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            stopped = $"berhenti di {opened} sirkuit: {e.GetType().Name}";
        }
        await Task.Delay(2000);
        var after = ManagedHeap();
        await tabs.CloseAsync();
        await warm.CloseAsync();

        var perCircuit = (after - before) / (double)Math.Max(1, opened);
        circuits = opened;
        return
        [
            new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Memori server per sirkuit menganggur (Tugas Saya, {circuits} sirkuit)"),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{perCircuit / 1024:N0} KB"), "≤ 1 MB", perCircuit <= 1024 * 1024),
            new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Memori server untuk {circuits} sirkuit{(stopped is null ? "" : $" ({stopped})")}"),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(after - before) / 1024.0 / 1024:N1} MB"), "", null),
        ];
    }

    private static long ManagedHeap()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
