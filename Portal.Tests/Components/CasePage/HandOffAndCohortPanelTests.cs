using Bunit;
using Portal.Cases;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Components.CasePage;

/// <summary>The case page's running step for a hand-off and for a round's selection of beneficiaries.</summary>
public class HandOffAndCohortPanelTests
{
    private static IRenderedComponent<Portal.Components.CasePage.CasePage> Render(BunitContext ctx, Guid id)
    {
        var cut = ctx.Render<Portal.Components.CasePage.CasePage>(p => p.Add(x => x.Id, id));
        cut.WaitForElement("[data-testid=langkah-berjalan]");
        return cut;
    }

    [Fact]
    public async Task The_drafter_hands_the_step_over_and_the_signer_then_sees_it_to_sign()
    {
        await using var portal = await TestPortal.StartAsync();
        var lamandau = await portal.OfficeIdAsync("lamandau");
        await portal.Get<Portal.Sops.SopLibrary>().LoadAsync(lamandau, [("uji.yaml", """
            kode: uji-surat
            kantor: lamandau
            nama: SOP Uji Surat Tugas
            langkah:
              - { no: 10, uraian: Pembuatan surat tugas, pelaksana: [staf → kadis], waktu: 2 jam }
              - { no: 11, uraian: Penyerahan ke panti, pelaku: upt, pelaksana: [staf], waktu: 2 jam }
            """)], "admin.lamandau");
        var staf = await portal.ActorAsync("lamandau", StaffRole.Peksos);
        var id = await portal.Get<CaseWorkflow>().OpenAsync(staf, "uji-surat", new CaseOpening(lamandau, null, [await portal.AddClientAsync(lamandau)], [], null));

        await using (var ctx = PortalComponents.Create(portal, staf))
        {
            var cut = Render(ctx, id);
            Assert.Contains("Pelaksana: Staf/Peksos/TSKK", cut.Find("[data-testid=pelaksana]").TextContent);
            Assert.Contains("sekarang dipegang Pekerja Sosial / Pengadministrasi", cut.Find("[data-testid=serah-terima]").TextContent);
            Assert.Contains("serahkan lebih dulu kepada Kepala Dinas", cut.Find("[data-testid=alasan-belum-bisa]").TextContent);
            await cut.InvokeAsync(() => cut.Find("[data-testid=serahkan]").Click());
            cut.WaitForAssertion(() => Assert.Contains("sekarang dipegang Kepala Dinas", cut.Find("[data-testid=serah-terima]").TextContent));
            Assert.Empty(cut.FindAll("[data-testid=serahkan]"));
        }

        await using (var ctx = PortalComponents.Create(portal, await portal.ActorAsync("lamandau", StaffRole.Kadis)))
        {
            var cut = Render(ctx, id);
            Assert.Equal("Kembalikan kepada Pekerja Sosial / Pengadministrasi", cut.Find("[data-testid=kembalikan]").TextContent.Trim());
            await cut.InvokeAsync(() => cut.Find("[data-testid=selesaikan]").Click());
            cut.WaitForAssertion(() => Assert.Contains("Menunggu UPT (panti pelatihan)", cut.Find("[data-testid=pelaku]").TextContent));
        }
    }

    [Fact]
    public async Task A_rounds_selection_step_asks_for_each_applicant_and_a_reason_for_those_not_chosen()
    {
        await using var portal = await TestPortal.StartAsync();
        var lamandau = await portal.OfficeIdAsync("lamandau");
        var staf = await portal.ActorAsync("lamandau", StaffRole.Peksos);
        var kasi = await portal.ActorAsync("lamandau", StaffRole.Koordinator);
        var workflow = portal.Get<CaseWorkflow>();
        var query = portal.Get<CaseDetailQuery>();
        var applicants = new[] { await portal.AddClientAsync(lamandau), await portal.AddClientAsync(lamandau) };
        var id = await workflow.OpenAsync(staf, "anak-terlantar", new CaseOpening(lamandau, null, applicants, [], null) { Angkatan = "Angkatan Uji" });
        for (var no = 1; no <= 4; no++)
        {
            var k = (await query.LoadAsync(staf, id))!;
            var actor = k.Sop.Step(k.Case.CurrentStep!.StepNo).Pelaksana.Contains(StaffRole.Peksos) ? staf : kasi;
            await workflow.CompleteStepAsync(actor, id, k.Case.Version, k.Case.CurrentStep.Id, new(null, null, null));
        }
        await using var ctx = PortalComponents.Create(portal, kasi);
        var cut = Render(ctx, id);

        Assert.Empty(cut.FindAll("[data-testid=selesaikan]"));
        Assert.Equal(2, cut.FindAll("[data-testid=pendaftar]").Count);
        await cut.InvokeAsync(() => cut.FindAll("[data-testid=seleksi-angkatan] input[type=checkbox]")[0].Change(true));
        // Awaiting the click awaits the handler, so the database is read after the attempt, without blocking the renderer.
        await cut.InvokeAsync(() => cut.Find("[data-testid=tetapkan-penerima]").ClickAsync(new()));
        // The one not chosen has no reason yet: refused, nothing saved, what was ticked still ticked.
        Assert.Equal(CaseStatus.Aktif, (await query.LoadAsync(kasi, id))!.Case.Status);
        Assert.True(cut.FindAll("[data-testid=seleksi-angkatan] input[type=checkbox]")[0].HasAttribute("checked"));
        await cut.InvokeAsync(() => cut.Find("input[data-testid=alasan-tidak-terpilih]").InputAsync(new() { Value = "Tidak memenuhi syarat usia" }));
        await cut.InvokeAsync(() => cut.Find("[data-testid=tetapkan-penerima]").ClickAsync(new()));

        Assert.Equal(CaseStatus.Selesai, (await query.LoadAsync(kasi, id))!.Case.Status);
        var round = (await query.LoadAsync(kasi, id))!;
        Assert.Single(round.Case.Links);
        Assert.Contains(round.History, e => e.Kind == CaseEventKind.PendaftarTidakTerpilih && e.Description.EndsWith("tidak terpilih: Tidak memenuhi syarat usia"));
    }
}
