using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

/// <summary>
/// Every role walks every page it can reach from its menu (plus one case and one SOP document) at a laptop and a
/// phone width, saving a full-page PNG of each to TestResults/tour/ for a person to look at. On the way it checks
/// what a person would notice first: the page does not scroll sideways, no Blazor error bar, and at laptop width no
/// table hides columns behind a scroll bar and every control in the accessibility tree has a name, none of them
/// MudBlazor's English defaults.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ScreenTourTests(BrowserPortal browser) : IClassFixture<BrowserPortal>
{
    private static readonly string Tour = Path.Combine(Repo.Root, "TestResults", "tour");

    public static readonly TheoryData<string> Users =
        ["pengadministrasi.tarakan", "peksos.tarakan", "konselor.tarakan", "koordinator.tarakan", "kabid.tarakan", "kadis.tarakan", "shelter.tarakan", "admin.tarakan"];

    private static readonly (string Name, int Width, int Height)[] Sizes = [("laptop", 1366, 768), ("ponsel", 390, 844)];

    // A control line of an aria snapshot with no name: `- button` or `- button ""`, possibly followed by children.
    private static readonly Regex Unnamed = new(@"^\s*- (button|link|textbox|combobox|checkbox|radio|spinbutton|switch|slider)( """")?(:|\s*$)", RegexOptions.Multiline);
    private static readonly Regex English = new(@"""[^""]*\b(Toggle|Increment|Decrement|Open|Close|Clear|Select all|Next page|Previous page|First page|Last page)\b[^""]*""");

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Every_page_a_role_reaches_fits_the_screen_and_labels_its_controls_in_Indonesian(string user)
    {
        var page = await browser.SignedInPageAsync(user);
        var problems = new List<string>();
        var pages = await ReachableAsync(page);

        foreach (var (name, width, height) in Sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var path in pages)
            {
                await BrowserPortal.ScenarioAsync(page, $"tur-{user}-{name}-{Slug(path)}", async () =>
                {
                    await page.GotoAsync(path);
                    if (path.StartsWith("/Account", StringComparison.Ordinal)) await page.Locator(".account-card").WaitForAsync();
                    else await BrowserPortal.WaitInteractiveAsync(page);
                    Directory.CreateDirectory(Path.Combine(Tour, name));
                    await page.ScreenshotAsync(new() { Path = Path.Combine(Tour, name, $"{user}-{Slug(path)}.png"), FullPage = true });

                    var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                    if (overflow > 1) problems.Add($"{name} {path}: halaman melebar {overflow} px ke samping");
                    if (await page.Locator("#blazor-error-ui").IsVisibleAsync()) problems.Add($"{name} {path}: bilah kesalahan Blazor tampil");
                    var cut = await page.EvaluateAsync<int>(
                        "() => [...document.querySelectorAll('.mud-appbar .mud-badge')].filter(b => b.getBoundingClientRect().top < 0).length");
                    if (cut > 0) problems.Add($"{name} {path}: lencana lonceng terpotong di tepi atas");
                    if (name == "laptop")
                    {
                        // At laptop width no table hides columns behind its own scroll bar (the kanban board may scroll: it says so).
                        var hidden = await page.EvaluateAsync<string[]>(
                            "() => [...document.querySelectorAll('.mud-table-container')].filter(t => t.scrollWidth - t.clientWidth > 1).map(t => t.closest('[data-testid]')?.dataset.testid ?? 'tabel')");
                        problems.AddRange(hidden.Select(t => $"{name} {path}: tabel {t} tergulung ke samping"));
                        var aria = await page.Locator("body").AriaSnapshotAsync();
                        problems.AddRange(Unnamed.Matches(aria).Select(m => $"{name} {path}: kontrol tanpa nama: {m.Value.Trim()}"));
                        problems.AddRange(English.Matches(aria).Select(m => $"{name} {path}: label berbahasa Inggris: {m.Value}"));
                    }
                });
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    /// <summary>The menu's pages, one case page and one SOP document, as the role finds them.</summary>
    private static async Task<List<string>> ReachableAsync(IPage page)
    {
        var pages = new List<string>();
        foreach (var href in await page.Locator(".mud-navmenu a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            pages.Add("/" + href.TrimStart('/'));

        await page.GotoAsync("/kasus");
        await BrowserPortal.WaitInteractiveAsync(page);
        // A case page, not the spreadsheet download that also starts with kasus/.
        var caseLinks = page.Locator("a[href^='kasus/']:not([download])");
        if (await caseLinks.CountAsync() > 0)
            pages.Add("/" + await caseLinks.First.GetAttributeAsync("href"));
        await page.GotoAsync("/sop");
        await BrowserPortal.WaitInteractiveAsync(page);
        // An SOP document, not the admin's template download that also starts with sop/.
        var sopLinks = page.Locator("a[href^='sop/']:not([download])");
        if (await sopLinks.CountAsync() > 0)
            pages.Add("/" + await sopLinks.First.GetAttributeAsync("href"));
        return pages.Distinct().ToList();
    }

    private static string Slug(string path) => path.Trim('/') is "" ? "tugas-saya" : Regex.Replace(path.Trim('/'), "[^a-zA-Z0-9]+", "-").ToLowerInvariant();
}
