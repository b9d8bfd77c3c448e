using Microsoft.Playwright;

namespace Bench;

/// <summary>Debian's Chromium as every browser bench drives it (nothing downloaded), and a signed-in staff state for its tabs.</summary>
internal static class BenchBrowser
{
    /// <summary>
    /// Chromium and every process it starts run in Linux's idle scheduling class (<c>chrt --idle</c>) unless
    /// <c>BENCH_CHROMIUM_IDLE=0</c>, which runs it beside the portal at equal priority as before 2026-12-06. The tabs
    /// stand in for the staff's own PCs; on the server's two cores at equal priority their ~70 renderer processes (up to
    /// 100 runnable threads at a redraw) took the cores from the portal they measure, and a garbage collection that needs
    /// both cores briefly took 0.7 s. Idle class, not nice: Chromium sets its own threads' nice values (down to -8 as
    /// root), but not their class. The browsers still have every cycle the portal leaves, and the DOM is still what each
    /// tab draws (docs/decisions/0017).
    /// </summary>
    public static bool Idle { get; } = Environment.GetEnvironmentVariable("BENCH_CHROMIUM_IDLE") != "0";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Idle ? IdleChromium() : "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--renderer-process-limit=8"],
    });

    /// <summary>A script that starts /usr/bin/chromium in the idle class, which every process and thread it starts inherits.</summary>
    private static string IdleChromium()
    {
        var path = Path.Combine(Path.GetTempPath(), "dinsosportal-bench", "chromium-idle");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "#!/bin/sh\nexec chrt --idle 0 /usr/bin/chromium \"$@\"\n");
        // chrt and /proc make this bench Linux's anyway.
        if (OperatingSystem.IsLinux()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return path;
    }

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
