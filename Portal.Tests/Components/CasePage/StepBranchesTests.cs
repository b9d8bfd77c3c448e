using Bunit;
using Portal.Components.CasePage;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Components.CasePage;

public class StepBranchesTests
{
    [Fact]
    public async Task A_branch_to_an_sop_the_office_does_not_hold_is_shown_and_cannot_be_opened()
    {
        await using var portal = await TestPortal.StartAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        await using var ctx = PortalComponents.Create(portal, admin);
        var opened = new List<string>();

        var cut = ctx.Render<StepBranches>(p => p
            .Add(x => x.Branches, [new SopBranch("Klien sakit", "rujukan-sakit-puskesmas"), new SopBranch("Klien lansia", "rujukan-panti-werdha")])
            .Add(x => x.OfficeId, admin.OfficeId)
            .Add(x => x.OnBranch, (string kondisi) => opened.Add(kondisi)));

        cut.WaitForAssertion(() => Assert.False(cut.FindAll("[data-testid=cabang]")[0].HasAttribute("disabled")));
        var missing = cut.FindAll("[data-testid=cabang]")[1];
        Assert.True(missing.HasAttribute("disabled"));
        Assert.Equal("Klien lansia → SOP 'rujukan-panti-werdha' belum ada di kantor ini; cabang dapat dibuka setelah SOP itu dimuat", missing.TextContent.Trim());

        cut.FindAll("[data-testid=cabang]")[0].Click();
        Assert.Equal(["Klien sakit"], opened);
    }
}
