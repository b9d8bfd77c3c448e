using Bunit;
using Portal.Cases;
using Portal.Components.CasePage;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Components.CasePage;

public class CaseHistoryTests
{
    [Fact]
    public async Task History_speaks_in_words_and_one_date_format_not_in_codes_and_ids()
    {
        await using var portal = await TestPortal.StartAsync(); // Monday 27 Oct 2025, 09.00 WITA
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var id = await portal.Get<CaseWorkflow>().OpenAsync(admin, "rujukan-lk3",
            new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
        var detail = (await portal.Get<CaseDetailQuery>().LoadAsync(admin, id))!;
        await using var ctx = PortalComponents.Create(portal, admin);

        var cut = ctx.Render<CaseHistory>(p => p.Add(x => x.Detail, detail).Add(x => x.Calendar, Calendars.Tarakan));

        var history = cut.Find("[data-testid=riwayat]").TextContent;
        Assert.Contains("Kasus dibuka dengan SOP", history);
        Assert.DoesNotContain("rujukan-lk3", history);
        Assert.Contains("Sen, 27 Okt 2025 09.00", history);
    }
}
