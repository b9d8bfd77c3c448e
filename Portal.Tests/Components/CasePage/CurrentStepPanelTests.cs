using Bunit;
using Portal.Cases;
using Portal.Components.CasePage;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Components.CasePage;

public class CurrentStepPanelTests
{
    private static async Task<(TestPortal Portal, Guid CaseId)> CaseAsync(string sop, string office = "tarakan")
    {
        var portal = await TestPortal.StartAsync();
        var admin = await portal.ActorAsync(office, StaffRole.Pengadministrasi);
        var id = await portal.Get<CaseWorkflow>().OpenAsync(admin, sop,
            new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
        return (portal, id);
    }

    private static IRenderedComponent<Portal.Components.CasePage.CasePage> Render(BunitContext ctx, Guid id)
    {
        var cut = ctx.Render<Portal.Components.CasePage.CasePage>(p => p.Add(x => x.Id, id));
        cut.WaitForElement("[data-testid=langkah-berjalan]");
        return cut;
    }

    [Fact]
    public async Task Completing_waits_until_every_required_kelengkapan_is_ticked()
    {
        var (portal, id) = await CaseAsync("rujukan-lk3");
        await using var _ = portal;
        await using var ctx = PortalComponents.Create(portal, await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi));
        var cut = Render(ctx, id);

        Assert.True(cut.Find("[data-testid=selesaikan]").HasAttribute("disabled"));
        Assert.Contains("Kelengkapan belum lengkap: Formulir layanan sosial, Identitas klien (KTP).", cut.Find("[data-testid=alasan-belum-bisa]").TextContent);

        cut.FindAll("[data-testid=langkah-berjalan] input[type=checkbox]")[0].Change(true);
        cut.WaitForAssertion(() => Assert.Contains("Kelengkapan belum lengkap: Identitas klien (KTP).", cut.Find("[data-testid=alasan-belum-bisa]").TextContent));
        Assert.True(cut.Find("[data-testid=selesaikan]").HasAttribute("disabled"));

        // Each tick is saved and the page reloads from the notifier when it likes: find and act in one renderer turn.
        await cut.InvokeAsync(() => cut.FindAll("[data-testid=langkah-berjalan] input[type=checkbox]")[1].Change(true));
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=selesaikan]").HasAttribute("disabled")));
        Assert.Empty(cut.FindAll("[data-testid=alasan-belum-bisa]"));

        await cut.InvokeAsync(() => cut.Find("[data-testid=selesaikan]").Click());
        cut.WaitForAssertion(() => Assert.Contains("Langkah 2:", cut.Find("[data-testid=langkah-berjalan]").TextContent));
    }

    [Fact]
    public async Task Branch_buttons_read_as_the_condition_and_the_related_sops_name()
    {
        var (portal, id) = await CaseAsync("pemulangan-orang-terlantar");
        await using var _ = portal;
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var query = portal.Get<CaseDetailQuery>();
        var step = (await query.LoadAsync(admin, id))!.Case.CurrentStep!;
        await portal.Get<CaseWorkflow>().TickAsync(admin, id, await query.VersionAsync(admin, id), step.Id, "Surat keterangan terlantar dari Kelurahan", true);
        await portal.Get<CaseWorkflow>().CompleteStepAsync(admin, id, await query.VersionAsync(admin, id), step.Id, new(null, null, null));
        await using var ctx = PortalComponents.Create(portal, admin);

        var cut = Render(ctx, id);

        // The related SOPs' names are a read of their own, after the step shows.
        AngleSharp.Dom.IElement Sick() => cut.FindAll("[data-testid=cabang]").Single(b => b.TextContent.Contains("Klien sakit"));
        cut.WaitForAssertion(() => Assert.Equal("Klien sakit → buka kasus Pelaksanaan Rujukan Klien Terlantar Sakit ke Puskesmas", Sick().TextContent.Trim()));
        Assert.Contains("text-transform: none", Sick().GetAttribute("style"));
    }

    [Fact]
    public async Task A_decision_step_waits_for_ya_or_tidak_and_tidak_goes_back()
    {
        var (portal, id) = await CaseAsync("koordinasi-pmbs");
        await using var _ = portal;
        var peksos = await portal.ActorAsync("tarakan", StaffRole.Peksos);
        var koordinator = await portal.ActorAsync("tarakan", StaffRole.Koordinator);
        var workflow = portal.Get<CaseWorkflow>();
        foreach (var actor in new[] { peksos, peksos })
        {
            var kasus = (await portal.Get<CaseDetailQuery>().LoadAsync(actor, id))!.Case;
            await workflow.CompleteStepAsync(actor, id, kasus.Version, kasus.CurrentStep!.Id, new(null, null, null));
        }
        await using var ctx = PortalComponents.Create(portal, koordinator);
        var cut = Render(ctx, id);

        Assert.Contains("Pilih Ya atau Tidak.", cut.Find("[data-testid=alasan-belum-bisa]").TextContent);
        Assert.True(cut.Find("[data-testid=selesaikan]").HasAttribute("disabled"));

        cut.FindAll("[data-testid=langkah-berjalan] input[type=radio]")[1].Click(); // Tidak → back to 2
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=selesaikan]").HasAttribute("disabled")));
        await cut.InvokeAsync(() => cut.Find("[data-testid=selesaikan]").Click());

        cut.WaitForAssertion(() => Assert.Contains("Langkah 2: Mendampingi klien", cut.Find("[data-testid=langkah-berjalan]").TextContent));
        Assert.Contains("Keputusan: Tidak", cut.Find("[data-testid=linimasa]").TextContent);
    }

    [Fact]
    public async Task A_role_that_is_not_the_pelaksana_sees_why_it_cannot_complete()
    {
        var (portal, id) = await CaseAsync("rujukan-lk3");
        await using var _ = portal;
        await using var ctx = PortalComponents.Create(portal, await portal.ActorAsync("tarakan", StaffRole.Kabid));
        var cut = Render(ctx, id);

        Assert.Contains("Langkah 1 dikerjakan oleh Pengadministrasi; peran Anda (Kepala Bidang) tidak dapat menyelesaikannya.", cut.Find("[data-testid=alasan-belum-bisa]").TextContent);
        Assert.All(cut.FindAll("[data-testid=langkah-berjalan] input[type=checkbox]"), box => Assert.True(box.HasAttribute("disabled")));
    }

    [Fact]
    public async Task A_full_nik_is_shown_on_request_to_a_role_that_works_the_case_and_the_view_is_logged()
    {
        var portal = await TestPortal.StartAsync();
        await using var _ = portal;
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var client = await portal.Get<Portal.Clients.ClientRegistry>().RegisterAsync(admin, new(
            "Siti Aminah", "6571015203850002", null, null, Portal.Domain.Clients.Sex.Perempuan, null, null, null, null));
        var id = await portal.Get<CaseWorkflow>().OpenAsync(admin, "rujukan-lk3", new CaseOpening(admin.OfficeId, null, [client], [], null));
        await using var ctx = PortalComponents.Create(portal, admin);
        var cut = Render(ctx, id);

        Assert.DoesNotContain("6571015203850002", cut.Markup);
        Assert.Contains("NIK ••••0002", cut.Find("[data-testid=klien]").TextContent);
        cut.Find("[data-testid=tampilkan-nik] button, button[data-testid=tampilkan-nik]").Click();

        cut.WaitForAssertion(() => Assert.Equal("NIK 6571015203850002", cut.Find("[data-testid=nik-lengkap]").TextContent));
        cut.WaitForAssertion(() => Assert.Contains("melihat NIK Siti Aminah", cut.Find("[data-testid=akses-nik]").TextContent));
    }

    [Fact]
    public async Task The_page_moved_to_another_case_shows_that_case_even_when_it_has_seen_fewer_changes()
    {
        var (portal, busy) = await CaseAsync("rujukan-lk3");
        await using var _ = portal;
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var query = portal.Get<CaseDetailQuery>();
        // The first case has moved on a few versions; the second is fresh.
        var step = (await query.LoadAsync(admin, busy))!.Case.CurrentStep!;
        foreach (var ticked in new[] { true, false, true })
            await portal.Get<CaseWorkflow>().TickAsync(admin, busy, await query.VersionAsync(admin, busy), step.Id, "Formulir layanan sosial", ticked);
        var fresh = await portal.Get<CaseWorkflow>().OpenAsync(admin, "rujukan-lk3",
            new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
        Assert.True(await query.VersionAsync(admin, fresh) < await query.VersionAsync(admin, busy));
        await using var ctx = PortalComponents.Create(portal, admin);
        var cut = Render(ctx, busy);
        var busyNomor = cut.Find("[data-testid=nomor-kasus]").TextContent;

        cut.Render(p => p.Add(x => x.Id, fresh));

        var freshNomor = (await query.LoadAsync(admin, fresh))!.Case.Nomor;
        Assert.NotEqual(busyNomor, freshNomor);
        cut.WaitForAssertion(() => Assert.Equal(freshNomor, cut.Find("[data-testid=nomor-kasus]").TextContent));
    }
}
