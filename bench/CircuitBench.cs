using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Bench;

/// <summary>
/// Server memory held by idle Blazor circuits: Debian's Chromium opens each live page (Tugas Saya and the seksi kanban
/// of a peksos, the kabid's dashboard) in many tabs; the managed heap of the in-process server is compared before and after.
/// </summary>
internal static class CircuitBench
{
    private static readonly (string Path, string User, string Name, bool Live)[] Pages =
    [
        ("/", "peksos.tarakan", "Tugas Saya", true),
        ("/papan", "peksos.tarakan", "papan seksi", true),
        ("/dasbor", "kabid.tarakan", "dasbor", true),
    ];

    /// <summary>The layout with nothing in it (the not-found page): what every page costs before its own content.</summary>
    private static readonly (string Path, string User, string Name, bool Live) LayoutOnly = ("/tidak-ada", "peksos.tarakan", "tata letak saja", false);

    public static async Task<IReadOnlyList<Row>> RunAsync(int circuits)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dinsosportal-bench", Guid.NewGuid().ToString("N"));
        await using var portal = new BenchPortal(folder);
        portal.UseKestrel(0);
        portal.StartServer();
        var address = portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BenchBrowser.LaunchAsync(playwright);
        var rows = new List<Row>();
        var heaviest = 0.0;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var (path, user, name, live) in Pages.Append(LayoutOnly))
        {
            var (perCircuit, total, opened, stopped) = await MeasureAsync(browser, address, path, user, live, circuits);
            if (live) heaviest = Math.Max(heaviest, perCircuit);
            rows.Add(new(string.Create(inv, $"Memori server per sirkuit menganggur ({name}, {opened} sirkuit{(stopped is null ? "" : $"; {stopped}")})"),
                string.Create(inv, $"{perCircuit / 1024:N0} KB ({total / 1024.0 / 1024:N1} MB)"), live ? "≤ 400 KB" : "", live ? perCircuit <= 400 * 1024 : null));
        }
        var projected = heaviest * 2000;
        rows.Add(new("Proyeksi 2,000 sirkuit (halaman terberat)", string.Create(inv, $"{projected / 1024 / 1024 / 1024:N2} GB"), "< 2 GB", projected < 2.0 * 1024 * 1024 * 1024));
        return rows;
    }

    private static async Task<(double PerCircuit, long Total, int Opened, string? Stopped)> MeasureAsync(
        IBrowser browser, string address, string path, string user, bool live, int circuits)
    {
        var state = await BenchBrowser.SignedInStateAsync(browser, address, user);

        // One circuit first, so one-time costs (compiled queries, component metadata, the office's shared reads) are not counted per circuit.
        var warm = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address, StorageState = state });
        var warmTab = await warm.NewPageAsync();
        await warmTab.GotoAsync(path);
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
                    await tab.GotoAsync(path);
                    await tab.Locator("[data-interactive=true]").WaitForAsync();
                    if (live) await tab.Locator("[data-live-seq]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
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
        // Leaving a page tells Blazor to end its circuit at once (a closed context would leave it kept as disconnected
        // for three minutes, counted in the next page's figure).
        await Task.WhenAll(tabs.Pages.Append(warmTab).Select(t => t.GotoAsync("about:blank")));
        await tabs.CloseAsync();
        await warm.CloseAsync();
        await Task.Delay(3000);
        return ((after - before) / (double)Math.Max(1, opened), after - before, opened, stopped);
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
