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
    [Fact]
    public async Task A_card_dropped_where_the_rules_do_not_allow_stays_and_the_user_is_told_why()
    {
        await using var portal = await TestPortal.StartAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var id = await portal.Get<CaseWorkflow>().OpenAsync(admin, "pemulangan-orang-terlantar",
            new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
        var sop = (await portal.Get<SopLibrary>().CurrentAsync(admin.OfficeId))["pemulangan-orang-terlantar"].Definition;
        var cards = await portal.Get<CaseQueries>().BoardAsync(admin, null, "pemulangan-orang-terlantar");
        await using var ctx = PortalComponents.Create(portal, admin);
        var cut = ctx.Render<KanbanBoard>(p => p.Add(x => x.Actor, admin).Add(x => x.Sop, sop).Add(x => x.Cards, cards));
        var card = cards.Single(c => c.CaseId == id);

        await cut.InvokeAsync(() => cut.Instance.DroppedAsync(new MudItemDropInfo<StepCard>(card, "3", 0)));
        Assert.Contains("Kartu hanya dapat dipindah ke langkah berikutnya (langkah 2).", cut.Find("[data-testid=alasan-tolak]").TextContent);

        await cut.InvokeAsync(() => cut.Instance.DroppedAsync(new MudItemDropInfo<StepCard>(card, "2", 0)));
        Assert.Contains("Kelengkapan belum lengkap: Surat keterangan terlantar dari Kelurahan.", cut.Find("[data-testid=alasan-tolak]").TextContent);

        var peksos = await portal.ActorAsync("tarakan", StaffRole.Peksos);
        var asPeksos = PortalComponents.Create(portal, peksos);
        await using (asPeksos)
        {
            var board = asPeksos.Render<KanbanBoard>(p => p.Add(x => x.Actor, peksos).Add(x => x.Sop, sop).Add(x => x.Cards, cards));
            await board.InvokeAsync(() => board.Instance.DroppedAsync(new MudItemDropInfo<StepCard>(card, "2", 0)));
            Assert.Contains("peran Anda (Pekerja Sosial) tidak dapat menyelesaikannya", board.Find("[data-testid=alasan-tolak]").TextContent);
        }

        var kasus = (await portal.Get<CaseDetailQuery>().LoadAsync(admin, id))!.Case;
        Assert.Equal(1, kasus.CurrentStep!.StepNo);
    }

    [Fact]
    public void A_decision_column_sets_the_answer_and_other_columns_are_refused()
    {
        var pmbs = SeedSops.Read("tarakan", "sop-koordinasi-pmbs.yaml");
        Assert.Equal(Jawaban.Tidak, KanbanMove.For(pmbs, 4, "5").Keputusan);
        Assert.Equal(Jawaban.Ya, KanbanMove.For(pmbs, 4, KanbanMove.Closed).Keputusan);
        Assert.Equal("Langkah 4 hanya berlanjut ke selesai (Ya) atau langkah 5 (Tidak).", KanbanMove.For(pmbs, 4, "3").Refusal);
        Assert.Equal("Langkah 5 adalah langkah terakhir; pindahkan ke kolom Selesai.", KanbanMove.For(pmbs, 5, "4").Refusal);
        Assert.True(KanbanMove.For(pmbs, 5, KanbanMove.Closed).Allowed);
    }
}
