using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.ScaleOut;

/// <summary>Debian's Chromium for pages on several portal instances (BrowserPortal serves one in-process portal).</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task<IPage> SignedInPageAsync(PortalProcess instance, string userName)
    {
        _playwright ??= await Playwright.CreateAsync();
        _browser ??= await BrowserPortal.LaunchChromiumAsync(_playwright);
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = instance.Address.ToString(), Locale = "id-ID" });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await BrowserPortal.SignInAsync(page, userName, BrowserPortal.Password);
        await BrowserPortal.WaitInteractiveAsync(page);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
