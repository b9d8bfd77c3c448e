using Bunit;
using Portal.Cases;
using Portal.Components.Tasks;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Tasks;

public class TugasSayaTests
{
    [Fact]
    public async Task Typing_a_client_name_or_case_number_narrows_the_list_to_matching_tasks()
    {
        await using var portal = await TestPortal.StartAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var workflow = portal.Get<CaseWorkflow>();
        foreach (var name in new[] { "Budi Santoso", "Siti Aminah", "Yohana Bataona" })
            await workflow.OpenAsync(admin, "rujukan-lk3", new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId, name)], [], null));
        await using var ctx = PortalComponents.Create(portal, admin);
        var cut = ctx.Render<TugasSaya>();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=tugas-item]").Count));
        var search = cut.Find("[data-testid=cari-tugas] input, input[data-testid=cari-tugas]");

        search.Input("siti");
        cut.WaitForAssertion(() => Assert.Contains("Siti Aminah", Assert.Single(cut.FindAll("[data-testid=tugas-item]")).TextContent));
        Assert.Contains("1 dari 3 langkah", cut.Find("[data-testid=jumlah-tugas]").TextContent);

        search.Input("TRK-2025-00003");
        cut.WaitForAssertion(() => Assert.Contains("Yohana Bataona", Assert.Single(cut.FindAll("[data-testid=tugas-item]")).TextContent));

        search.Input("");
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=tugas-item]").Count));
    }

    [Fact]
    public async Task A_long_list_draws_the_fifty_most_urgent_and_shows_the_rest_on_request()
    {
        await using var portal = await TestPortal.StartAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var workflow = portal.Get<CaseWorkflow>();
        for (var i = 0; i < 53; i++)
            await workflow.OpenAsync(admin, "rujukan-lk3", new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId, $"Warga Desa{i}")], [], null));
        await using var ctx = PortalComponents.Create(portal, admin);
        var cut = ctx.Render<TugasSaya>();
        cut.WaitForAssertion(() => Assert.Equal(50, cut.FindAll("[data-testid=tugas-item]").Count));
        Assert.Contains("53 dari 53 langkah", cut.Find("[data-testid=jumlah-tugas]").TextContent);

        var more = cut.Find("[data-testid=tugas-lagi]");
        Assert.Contains("Tampilkan 3 langkah lagi", more.TextContent);
        more.Click();

        cut.WaitForAssertion(() => Assert.Equal(53, cut.FindAll("[data-testid=tugas-item]").Count));
        Assert.Empty(cut.FindAll("[data-testid=tugas-lagi]"));
        // The search still reaches past the first fifty.
        cut.Find("input[data-testid=cari-tugas]").Input("Desa52");
        cut.WaitForAssertion(() => Assert.Contains("Warga Desa52", Assert.Single(cut.FindAll("[data-testid=tugas-item]")).TextContent));
    }

    [Fact]
    public async Task A_task_card_reaches_the_browser_as_elements_and_one_text_node_per_line_with_no_markup_to_parse()
    {
        await using var portal = await TestPortal.StartAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        await portal.Get<CaseWorkflow>().OpenAsync(admin, "rujukan-lk3", new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
        await using var ctx = PortalComponents.Create(portal, admin);
        await using var renderer = new FrameRenderer(ctx.Services);

        var frames = await renderer.RenderAsync<TugasSaya>();
        var (cards, markup) = FrameRenderer.MarkupInside(frames, "tugas-item");

        // Markup, even a line break between two elements, is parsed as HTML by every open Tugas Saya at every card it
        // inserts; and each piece of a line is one more frame to diff and one more node to insert.
        Assert.Equal(1, cards);
        Assert.Empty(markup);
        Assert.Empty(FrameRenderer.SplitTextInside(frames, "tugas-item"));
    }
}
