using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Cases;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ConcurrentEditTests(BrowserPortal browser) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task Two_staff_on_one_step_see_each_other_live_keep_what_they_type_and_complete_it_once()
    {
        var id = await CaseAtCounsellingMeetingAsync();
        var peksos = await browser.SignedInPageAsync("peksos.tarakan");
        var konselor = await browser.SignedInPageAsync("konselor.tarakan");
        await BrowserPortal.ScenarioAsync(konselor, "bersamaan", async () =>
        {
            foreach (var page in new[] { peksos, konselor })
            {
                await page.GotoAsync($"/kasus/{id}");
                await BrowserPortal.WaitInteractiveAsync(page);
                await Assertions.Expect(page.Locator("[data-testid=langkah-berjalan]")).ToContainTextAsync("Langkah 2:");
            }

            await BrowserPortal.Field(konselor, "catatan").FillAsync("Klien takut bertemu keluarga; perlu pendekatan pelan.");
            await peksos.Locator("[data-testid=kelengkapan]").First.ClickAsync();

            // The konselor's page follows the peksos's tick at once, and keeps the note being typed.
            await Assertions.Expect(konselor.Locator("input[data-testid=kelengkapan], [data-testid=kelengkapan] input").First).ToBeCheckedAsync();
            await Assertions.Expect(konselor.Locator("[data-testid=selesaikan]")).ToBeEnabledAsync();
            await Assertions.Expect(BrowserPortal.Field(konselor, "catatan")).ToHaveValueAsync("Klien takut bertemu keluarga; perlu pendekatan pelan.");

            // Both complete at once: one wins, the step is completed once, both pages end on step 3. Force: the
            // winner's change may reach the other page first and disable its button, which is the behaviour under test.
            var atOnce = new PageClickOptions { Force = true };
            await Task.WhenAll(konselor.ClickAsync("[data-testid=selesaikan]", atOnce), peksos.ClickAsync("[data-testid=selesaikan]", atOnce));
            foreach (var page in new[] { peksos, konselor })
                await Assertions.Expect(page.Locator("[data-testid=langkah-berjalan]")).ToContainTextAsync("Langkah 3:");
            await Assertions.Expect(konselor.Locator("[data-testid=riwayat] tr", new() { HasText = "Menyelesaikan langkah 2" })).ToHaveCountAsync(1);
        });
    }

    private async Task<Guid> CaseAtCounsellingMeetingAsync()
    {
        var services = browser.Portal.Services;
        var admin = await browser.Portal.ActorAsync("pengadministrasi.tarakan");
        var client = await services.GetRequiredService<Portal.Clients.ClientRegistry>().RegisterAsync(admin,
            new("Markus Bataona", null, "Tidak memiliki KTP", null, Portal.Domain.Clients.Sex.LakiLaki, null, null, null, null));
        var workflow = services.GetRequiredService<CaseWorkflow>();
        var id = await workflow.OpenAsync(admin, "rujukan-lk3", new CaseOpening(admin.OfficeId, null, [client], [], null));
        var query = services.GetRequiredService<CaseDetailQuery>();
        var kasus = (await query.LoadAsync(admin, id))!.Case;
        foreach (var item in new[] { "Formulir layanan sosial", "Identitas klien (KTP)" })
        {
            await workflow.TickAsync(admin, id, kasus.Version, kasus.CurrentStep!.Id, item, true);
            kasus = (await query.LoadAsync(admin, id))!.Case;
        }
        await workflow.CompleteStepAsync(admin, id, kasus.Version, kasus.CurrentStep!.Id, new(null, null, null));
        return id;
    }
}
