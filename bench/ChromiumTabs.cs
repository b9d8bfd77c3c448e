using Microsoft.Playwright;

namespace Bench;

/// <summary>The pages as Debian Chromium tabs (<see cref="BenchBrowser"/>), signed in as the peksos and the kabid.</summary>
internal sealed class ChromiumTabs : IBenchTabs
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<IPage> _pages = [];
    private readonly List<string> _kinds = [];

    private ChromiumTabs(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    public IReadOnlyList<string> Kinds => _kinds;

    public static async Task<ChromiumTabs> OpenAsync(string address, int count)
    {
        var playwright = await Playwright.CreateAsync();
        var tabs = new ChromiumTabs(playwright, await BenchBrowser.LaunchAsync(playwright));
        var contexts = new Dictionary<string, IBrowserContext>();
        foreach (var user in new[] { "peksos.tarakan", "kabid.tarakan" })
        {
            var context = await tabs._browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address, StorageState = await BenchBrowser.SignedInStateAsync(tabs._browser, address, user) });
            context.SetDefaultTimeout(180_000);
            contexts[user] = context;
        }
        for (var batch = 0; batch < count; batch += 6)
        {
            var opened = await Task.WhenAll(Enumerable.Range(batch, Math.Min(6, count - batch)).Select(async i =>
            {
                var path = BenchTabs.PathOf(i);
                var tab = await contexts[BenchTabs.UserOf(path)].NewPageAsync();
                await tab.GotoAsync(path);
                await tab.Locator("[data-interactive=true]").WaitForAsync();
                await tab.Locator("[data-live-seq]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
                await tab.EvaluateAsync(RecordSequences);
                return (tab, path);
            }));
            foreach (var (tab, path) in opened)
            {
                tabs._pages.Add(tab);
                tabs._kinds.Add(path);
            }
        }
        return tabs;
    }

    /// <summary>Each tab keeps, per sequence number it drew, the moment it did (the page's own clock is the server's machine).</summary>
    private const string RecordSequences = """
        () => {
          window.__seqTimes = {};
          const mark = () => {
            const el = document.querySelector('[data-live-seq]');
            if (el && !(el.dataset.liveSeq in window.__seqTimes)) window.__seqTimes[el.dataset.liveSeq] = Date.now();
          };
          new MutationObserver(mark).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-live-seq'] });
        }
        """;

    public async Task<IReadOnlyList<IReadOnlyDictionary<long, long>>> TimesAsync() =>
        await Task.WhenAll(_pages.Select(async p => (IReadOnlyDictionary<long, long>)(await p.EvaluateAsync<Dictionary<string, long>>("() => window.__seqTimes"))
            .ToDictionary(t => long.Parse(t.Key, System.Globalization.CultureInfo.InvariantCulture), t => t.Value)));

    public async Task<IReadOnlyList<IReadOnlyList<string>>> TextsAsync(string selector) =>
        await Task.WhenAll(_pages.Select(async p => (IReadOnlyList<string>)await p.Locator(selector).EvaluateAllAsync<string[]>("els => els.map(e => e.textContent)")));

    public async Task<IReadOnlyList<IReadOnlyList<string>>> CardsAsync(string selector) =>
        await Task.WhenAll(_pages.Select(async p => (IReadOnlyList<string>)await p.Locator(selector)
            .EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.kasus + ':' + (c.textContent.match(/Langkah (\\d+)/) || [])[1])")));

    public Task<double> CpuMsAsync() => Task.FromResult(ProcessCpu.Ms("chromium"));

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
