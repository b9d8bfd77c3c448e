using Microsoft.Playwright;

namespace Portal.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser) against the portal on a real port,
/// with demo data. Each browser test class has its own (a class fixture), so no test sees what another left behind.
/// </summary>
public class BrowserPortal : IAsyncLifetime
{
    public const string Password = "Dinsos#2026";
    private static readonly string Screenshots = Path.Combine(Repo.Root, "TestResults", "screenshots");

    private IPlaywright? _playwright;

    /// <summary>A case page's address. Asserted by polling the URL: Blazor navigates in the document (pushState),
    /// and waiting for a navigation's load event raced with it.</summary>
    public static readonly System.Text.RegularExpressions.Regex CasePage = new("/kasus/[0-9a-f-]{36}$");

    // Every wait is for a state, never a pause; the bound only decides how long a real failure takes to report.
    // Playwright's 5 s default failed on a loaded machine, so both bounds are wide.
    private const float WaitBoundMs = 30_000;

    static BrowserPortal() => Assertions.SetDefaultExpectTimeout(WaitBoundMs);

    public BrowserPortal() : this(demoCases: true)
    {
    }

    protected BrowserPortal(bool demoCases) =>
        Portal = new(global::Portal.Testing.ClockExtensions.Environment,
            settings: new Dictionary<string, string> { ["Seed:DemoCases"] = demoCases.ToString() });

    /// <summary>The Testing environment: demo users (and cases), and a clock the suite moves (POST /testing/clock).</summary>
    public PortalFactory Portal { get; }
    public IBrowser Browser { get; private set; } = default!;
    public Uri Address { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Address = Portal.Address;
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>Debian's Chromium, never a downloaded browser; without the background-networking flags it keeps calling out.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }

    /// <summary>A fresh browser context (its own cookies), signed in as the given demo user.</summary>
    public async Task<IPage> SignedInPageAsync(string userName)
    {
        var page = await NewPageAsync();
        await ScenarioAsync(page, $"masuk-{userName}", async () =>
        {
            await SignInAsync(page, userName, Password);
            // Signed in is the portal's own page; the login page answering with a message is a failure to report now.
            await Assertions.Expect(page.Locator("[data-interactive=true], [data-testid=pesan-masuk]").First).ToBeAttachedAsync();
            if (await page.Locator("[data-testid=pesan-masuk]").CountAsync() > 0)
                throw new InvalidOperationException($"{userName}: {await page.Locator("[data-testid=pesan-masuk]").InnerTextAsync()}");
            await WaitInteractiveAsync(page);
        });
        return page;
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString(), Locale = "id-ID", ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        context.SetDefaultTimeout(WaitBoundMs);
        return await context.NewPageAsync();
    }

    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
    }

    /// <summary>The text input of a MudBlazor field marked with data-testid (the attribute lands on the input or its wrapper).</summary>
    public static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    /// <summary>Clicks the control that downloads a spreadsheet and reads the file's rows back (first sheet unless named).</summary>
    public static async Task<(string FileName, List<IDictionary<string, object?>> Rows)> DownloadSheetAsync(IPage page, string testId, string? sheet = null)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"[data-testid={testId}]").ClickAsync());
        await using var file = File.OpenRead(await download.PathAsync());
        var rows = (await MiniExcelLibs.MiniExcel.QueryAsync(file, useHeaderRow: true, sheetName: sheet)).Cast<IDictionary<string, object?>>().ToList();
        return (download.SuggestedFilename, rows);
    }

    /// <summary>Waits until the Blazor circuit has taken over the page.</summary>
    public static Task WaitInteractiveAsync(IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync();

    /// <summary>Runs a scenario; on failure saves a screenshot under TestResults/screenshots and rethrows.</summary>
    public static async Task ScenarioAsync(IPage page, string name, Func<Task> scenario)
    {
        try
        {
            await scenario();
        }
        catch (Exception failure) when (failure is not ScenarioFailedException)
        {
            Directory.CreateDirectory(Screenshots);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{name}.png"), FullPage = true });
            // CI keeps only the log: say where the page was and what it showed.
            var text = await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 });
            throw new ScenarioFailedException($"{name} gagal di {page.Url}. Halaman menampilkan:\n{text[..Math.Min(text.Length, 2_000)]}", failure);
        }
    }
}

public sealed class ScenarioFailedException(string message, Exception inner) : Exception(message, inner);

/// <summary>Browser test classes run one after another: Chromium tabs beside a second portal would only compete for two cores.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "browser";
}
