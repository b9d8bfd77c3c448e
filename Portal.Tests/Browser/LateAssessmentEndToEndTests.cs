using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

/// <summary>Its own portal with demo users and no demo cases: this scenario moves the clock days ahead.</summary>
public sealed class LateAssessmentPortal() : BrowserPortal(demoCases: false);

[Collection(BrowserCollection.Name)]
public class LateAssessmentEndToEndTests(LateAssessmentPortal browser) : IClassFixture<LateAssessmentPortal>
{
    [Fact]
    public async Task When_the_assessment_runs_late_the_peksos_koordinator_and_kabid_each_see_the_notification_appear()
    {
        var portal = browser.Portal;
        var testingClock = portal.Services.GetRequiredService<Portal.Testing.TestingClock>();
        var id = await CaseScenes.AssessmentAsync(portal.Services, async r => await portal.ActorAsync($"{r.Code()}.tarakan"));
        var kasus = (await portal.Services.GetRequiredService<CaseDetailQuery>().LoadAsync(await portal.ActorAsync("peksos.tarakan"), id))!.Case;
        var due = kasus.CurrentStep!.DueAt!.Value;

        var pages = new List<IPage>();
        foreach (var user in new[] { "peksos.tarakan", "koordinator.tarakan", "kabid.tarakan" })
            pages.Add(await browser.SignedInPageAsync(user));
        await BrowserPortal.ScenarioAsync(pages[0], "asesmen-terlambat", async () =>
        {
            var before = new List<int>();
            foreach (var page in pages) before.Add(int.Parse(await page.Locator("[data-testid=lonceng-tombol]").GetAttributeAsync("data-unread") ?? "0"));

            using var http = new HttpClient { BaseAddress = browser.Address };
            var moved = await http.PostAsync($"/testing/clock?to={Uri.EscapeDataString(due.AddMinutes(1).ToString("O"))}", null);
            moved.EnsureSuccessStatusCode();

            var shown = $"melewati batas {due.ToOffset(TimeSpan.FromHours(8)).ToString("dd-MM-yyyy HH'.'mm", System.Globalization.CultureInfo.InvariantCulture)}";
            for (var i = 0; i < pages.Count; i++)
            {
                var bell = pages[i].Locator("[data-testid=lonceng-tombol]");
                await Assertions.Expect(bell).Not.ToHaveAttributeAsync("data-unread", before[i].ToString());
                await bell.ClickAsync();
                await Assertions.Expect(pages[i].Locator("[data-testid=notifikasi]", new() { HasText = shown })).ToHaveCountAsync(1);
            }
            Assert.True(testingClock.GetUtcNow() > due);
        });
    }
}
