using Bunit;
using MudBlazor;
using Portal.Cases;
using Portal.Components.Kanban;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Kanban;

public class KanbanBoardTests
{
    private static async Task<(TestPortal Portal, Actor Admin, Guid CaseId)> OpenRepatriationAsync()
    {
        var portal = await TestPortal.StartAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var id = await portal.Get<CaseWorkflow>().OpenAsync(admin, "pemulangan-orang-terlantar",
            new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
        return (portal, admin, id);
    }

    [Fact]
    public async Task A_card_dropped_where_the_rules_do_not_allow_stays_and_the_user_is_told_why()
    {
        var (portal, admin, id) = await OpenRepatriationAsync();
        await using var _ = portal;
        var sop = (await portal.Get<Portal.Sops.SopLibrary>().CurrentAsync(admin.OfficeId))["pemulangan-orang-terlantar"].Definition;
        var cards = await portal.Get<CaseQueries>().BoardAsync(admin, null, "pemulangan-orang-terlantar");
        await using var ctx = PortalComponents.Create(portal, admin);
        var cut = ctx.Render<KanbanBoard>(p => p.Add(x => x.Actor, admin).Add(x => x.Sop, sop).Add(x => x.Cards, cards));
        var card = cards.Single(c => c.CaseId == id);

        await cut.InvokeAsync(() => cut.Instance.DroppedAsync(card, "3"));
        Assert.Contains("Kartu hanya dapat dipindah ke langkah berikutnya (langkah 2).", cut.Find("[data-testid=alasan-tolak]").TextContent);

        await cut.InvokeAsync(() => cut.Instance.DroppedAsync(card, "2"));
        Assert.Contains("Kelengkapan belum lengkap: Surat keterangan terlantar dari Kelurahan.", cut.Find("[data-testid=alasan-tolak]").TextContent);

        var peksos = await portal.ActorAsync("tarakan", StaffRole.Peksos);
        var asPeksos = PortalComponents.Create(portal, peksos);
        await using (asPeksos)
        {
            var board = asPeksos.Render<KanbanBoard>(p => p.Add(x => x.Actor, peksos).Add(x => x.Sop, sop).Add(x => x.Cards, cards));
            await board.InvokeAsync(() => board.Instance.DroppedAsync(card, "2"));
            Assert.Contains("peran Anda (Pekerja Sosial) tidak dapat menyelesaikannya", board.Find("[data-testid=alasan-tolak]").TextContent);
        }

        var kasus = (await portal.Get<CaseDetailQuery>().LoadAsync(admin, id))!.Case;
        Assert.Equal(1, kasus.CurrentStep!.StepNo);
    }

    [Fact]
    public async Task A_move_is_judged_by_the_revision_the_case_runs_under_not_the_one_the_board_draws()
    {
        var (portal, admin, id) = await OpenRepatriationAsync();
        await using var _ = portal;
        // A newer table on the board in which step 2 no longer exists; the case still runs under the old one.
        var current = (await portal.Get<Portal.Sops.SopLibrary>().CurrentAsync(admin.OfficeId))["pemulangan-orang-terlantar"].Definition;
        var newer = current with { Langkah = current.Langkah.Where(l => l.No != 2).ToList() };
        var card = (await portal.Get<CaseQueries>().BoardAsync(admin, null, "pemulangan-orang-terlantar")).Single(c => c.CaseId == id);
        await using var ctx = PortalComponents.Create(portal, admin);
        var cut = ctx.Render<KanbanBoard>(p => p.Add(x => x.Actor, admin).Add(x => x.Sop, newer).Add(x => x.Cards, [card]));

        await cut.InvokeAsync(() => cut.Instance.DroppedAsync(card, "2"));

        // Step 2 is the case's next step: the move is allowed and only the case rules (kelengkapan) stop it.
        Assert.Contains("Kelengkapan belum lengkap", cut.Find("[data-testid=alasan-tolak]").TextContent);
    }

    [Fact]
    public async Task A_drop_the_rules_allow_asks_for_the_output_first_and_completes_only_on_confirmation()
    {
        var (portal, admin, id) = await OpenRepatriationAsync();
        await using var _ = portal;
        var query = portal.Get<CaseDetailQuery>();
        var step = (await query.LoadAsync(admin, id))!.Case.CurrentStep!;
        await portal.Get<CaseWorkflow>().TickAsync(admin, id, await query.VersionAsync(admin, id), step.Id, "Surat keterangan terlantar dari Kelurahan", true);
        var sop = (await portal.Get<Portal.Sops.SopLibrary>().CurrentAsync(admin.OfficeId))["pemulangan-orang-terlantar"].Definition;
        StepCard Card() => portal.Get<CaseQueries>().BoardAsync(admin, null, "pemulangan-orang-terlantar").Result.Single(c => c.CaseId == id);
        await using var ctx = PortalComponents.Create(portal, admin);
        var dialogs = ctx.Render<MudDialogProvider>();
        var cut = ctx.Render<KanbanBoard>(p => p.Add(x => x.Actor, admin).Add(x => x.Sop, sop).Add(x => x.Cards, [Card()]));

        // Cancelled: nothing changes.
        var drop = cut.InvokeAsync(() => cut.Instance.DroppedAsync(Card(), "2"));
        dialogs.WaitForAssertion(() => Assert.Contains("Langkah 1:", dialogs.Find("[data-testid=dialog-selesaikan]").TextContent));
        Assert.Contains("→ Langkah 2:", dialogs.Markup);
        await dialogs.Find("[data-testid=dialog-batal]").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=dialog-selesaikan]")));
        await drop;
        Assert.Equal(1, (await query.LoadAsync(admin, id))!.Case.CurrentStep!.StepNo);

        // Confirmed: the step is completed with the output typed in the dialog.
        drop = cut.InvokeAsync(() => cut.Instance.DroppedAsync(Card(), "2"));
        dialogs.WaitForAssertion(() => dialogs.Find("textarea[data-testid=dialog-output]"));
        await dialogs.Find("textarea[data-testid=dialog-output]").InputAsync(new() { Value = "Laporan diterima dari kelurahan" });
        await dialogs.Find("[data-testid=dialog-selesaikan-langkah]").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=dialog-selesaikan]")));
        await drop;
        var kasus = (await query.LoadAsync(admin, id))!.Case;
        Assert.Equal(2, kasus.CurrentStep!.StepNo);
        Assert.Equal("Laporan diterima dari kelurahan", kasus.Steps.Single(s => s.StepNo == 1).Output);
    }

    [Fact]
    public void A_decision_column_sets_the_answer_and_other_columns_are_refused()
    {
        var pmbs = SeedSops.Read("tarakan", "sop-koordinasi-pmbs.yaml");
        Assert.Equal(Jawaban.Tidak, KanbanMove.For(pmbs, 3, "2").Keputusan);
        Assert.Equal(Jawaban.Ya, KanbanMove.For(pmbs, 3, "4").Keputusan);
        Assert.Equal("Langkah 3 hanya berlanjut ke langkah 4 (Ya) atau langkah 2 (Tidak).", KanbanMove.For(pmbs, 3, "5").Refusal);
        Assert.Equal("Kartu hanya dapat dipindah ke langkah berikutnya (langkah 5).", KanbanMove.For(pmbs, 4, KanbanMove.Closed).Refusal);
        Assert.Equal("Langkah 5 adalah langkah terakhir; pindahkan ke kolom Selesai.", KanbanMove.For(pmbs, 5, "4").Refusal);
        Assert.True(KanbanMove.For(pmbs, 5, KanbanMove.Closed).Allowed);
    }

    [Fact]
    public async Task A_redrawn_board_keeps_each_cards_drag_handler_and_a_drag_carries_the_card_as_last_read()
    {
        var (portal, admin, id) = await OpenRepatriationAsync();
        await using var _ = portal;
        var sop = (await portal.Get<Portal.Sops.SopLibrary>().CurrentAsync(admin.OfficeId))["pemulangan-orang-terlantar"].Definition;
        var queries = portal.Get<CaseQueries>();
        await using var ctx = PortalComponents.Create(portal, admin);
        var firstRead = await queries.BoardAsync(admin, null, "pemulangan-orang-terlantar");
        var cut = ctx.Render<KanbanBoard>(p => p.Add(x => x.Actor, admin).Add(x => x.Sop, sop).Add(x => x.Cards, firstRead));
        string Handler() => cut.Find($"[data-kasus='{id}']").GetAttribute("blazor:ondragstart")!;
        var before = Handler();

        // Every change of the office gives the board new cards for the same steps: the handler stays, so the redraw
        // sends nothing for this card (a new handler per card would be sent for every card of every open board).
        var readAgain = await queries.BoardAsync(admin, null, "pemulangan-orang-terlantar");
        cut.Render(p => p.Add(x => x.Cards, readAgain));
        Assert.Equal(before, Handler());

        await cut.Find($"[data-kasus='{id}']").DragStartAsync();
        await cut.Find("[data-zone='2']").DropAsync();
        Assert.Contains("Kelengkapan belum lengkap", cut.Find("[data-testid=alasan-tolak]").TextContent);
    }

    [Fact]
    public async Task A_card_reaches_the_browser_as_elements_and_one_text_node_per_line_with_no_markup_to_parse()
    {
        var (portal, admin, _) = await OpenRepatriationAsync();
        await using var _ = portal;
        var cards = await portal.Get<CaseQueries>().BoardAsync(admin, null, null);
        await using var ctx = PortalComponents.Create(portal, admin);
        await using var renderer = new FrameRenderer(ctx.Services);

        var frames = await renderer.RenderAsync<KanbanBoard>(new Dictionary<string, object?> { [nameof(KanbanBoard.Actor)] = admin, [nameof(KanbanBoard.Cards)] = cards });
        var (drawn, markup) = FrameRenderer.MarkupInside(frames, "kartu");

        // Markup, even a line break between two elements, is parsed as HTML by every open board at every card it
        // inserts; and each piece of a line is one more frame to diff and one more node to insert.
        Assert.Equal(1, drawn);
        Assert.Empty(markup);
        Assert.Empty(FrameRenderer.SplitTextInside(frames, "kartu"));
    }
}
