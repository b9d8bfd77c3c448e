using Bunit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Layout;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Layout;

public class NavMenuTests
{
    private static async Task<List<string>> LinksAsync(TestPortal portal, StaffRole role)
    {
        var actor = await portal.ActorAsync("tarakan", role);
        await using var ctx = PortalComponents.Create(portal, actor);
        // The portal's own policies decide, not bUnit's stand-in.
        ctx.Services.AddSingleton(portal.Services.GetRequiredService<IAuthorizationService>());
        var cut = ctx.Render<NavMenu>();
        return cut.FindAll("a").Select(a => a.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task Each_role_sees_the_menu_entries_its_policies_allow()
    {
        await using var portal = await TestPortal.StartAsync();

        var peksos = await LinksAsync(portal, StaffRole.Peksos);
        Assert.Contains("Tugas Saya", peksos);
        Assert.Contains("Papan Seksi", peksos);
        Assert.DoesNotContain("Dasbor Kabid", peksos);
        Assert.DoesNotContain("Pengguna", peksos);

        var kabid = await LinksAsync(portal, StaffRole.Kabid);
        Assert.Contains("Dasbor Kabid", kabid);
        Assert.Contains("Laporan bulanan", kabid);
        Assert.DoesNotContain("Kunci API", kabid);

        var admin = await LinksAsync(portal, StaffRole.Admin);
        Assert.Contains("Pengguna", admin);
        Assert.Contains("Akses NIK", admin);
        Assert.DoesNotContain("Dasbor Kabid", admin);
    }

    [Fact]
    public async Task The_entry_of_the_open_page_is_marked_and_follows_navigation()
    {
        await using var portal = await TestPortal.StartAsync();
        var actor = await portal.ActorAsync("tarakan", StaffRole.Peksos);
        await using var ctx = PortalComponents.Create(portal, actor);
        ctx.Services.AddSingleton(portal.Services.GetRequiredService<IAuthorizationService>());
        var cut = ctx.Render<NavMenu>();
        string Active() => cut.Find("a.active").TextContent.Trim();

        Assert.Equal("Tugas Saya", Active());

        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        await cut.InvokeAsync(() => navigation.NavigateTo("kasus/7c1a?tab=riwayat"));
        cut.WaitForAssertion(() => Assert.Equal("Daftar Kasus", Active()));
        Assert.Equal("page", cut.Find("a.active").GetAttribute("aria-current"));

        await cut.InvokeAsync(() => navigation.NavigateTo("papan"));
        cut.WaitForAssertion(() => Assert.Equal("Papan Seksi", Active()));
        Assert.Single(cut.FindAll("a.active"));
    }
}
