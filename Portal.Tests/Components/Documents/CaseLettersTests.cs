using Bunit;
using MudBlazor;
using Portal.Cases;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Documents;

public class CaseLettersTests
{
    [Fact]
    public async Task A_letter_the_case_lacks_data_for_says_what_is_missing_and_cannot_be_issued()
    {
        await using var portal = await TestPortal.StartAsync();
        await portal.AddStaffAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var id = await portal.Get<CaseWorkflow>().OpenAsync(admin, "pemulangan-orang-terlantar",
            new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
        await using var ctx = PortalComponents.Create(portal, admin);
        var dialogs = ctx.Render<MudDialogProvider>();
        var page = ctx.Render<Portal.Components.CasePage.CasePage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=surat-kasus]");

        // The test client has neither birth date nor address, which the referral prints.
        page.WaitForAssertion(() => page.Find("[data-testid=buat-surat]"));
        var select = page.FindComponents<MudSelect<string>>().Single(c => c.Instance.Label == "Templat surat");
        await page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("surat-rujukan"));
        // Not awaited: the click waits for the dialog's answer (TECH-NOTES), given below.
        var click = page.Find("[data-testid=buat-surat]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("lengkapi dulu: tanggal lahir klien, alamat klien.", dialogs.Find("[data-testid=data-kurang]").TextContent));
        Assert.True(dialogs.Find("[data-testid=terbitkan-surat]").HasAttribute("disabled"));
        Assert.Contains("Tidak ada nomor surat yang terpakai.", dialogs.Find("[data-testid=data-kurang]").TextContent);

        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Batal").ClickAsync(new());
        await click;
        Assert.Contains("Belum ada surat untuk kasus ini.", page.Find("[data-testid=surat-kasus]").TextContent);
    }
}
