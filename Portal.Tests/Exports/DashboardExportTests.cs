using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Cases;
using Portal.Dashboard;
using Portal.Offices;
using Portal.Tests.Support;

namespace Portal.Tests.Exports;

public class DashboardExportTests
{
    [Fact]
    public async Task The_dashboard_downloads_with_every_table_the_kabid_sees_for_the_period()
    {
        // A fixed clock: waiting times and lateness in the file are worded to the minute.
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
        await using var portal = new PortalFactory(clock: clock);
        using var http = await StaffHttpClient.SignedInAsync(portal.Address, "kabid.tarakan");
        var kabid = await portal.ActorAsync("kabid.tarakan");
        var data = await portal.Services.GetRequiredService<DashboardQueries>().LoadAsync(kabid, clock.GetUtcNow().AddDays(-90));
        var late = await portal.Services.GetRequiredService<CaseQueries>().ListAsync(kabid, new CaseFilter(LateOnly: true));
        var calendar = await portal.Services.GetRequiredService<OfficeCalendars>().ForOfficeAsync(kabid.OfficeId);
        var onScreen = DashboardTables.Of(data, late, calendar);
        Assert.All(onScreen.Where(t => t.Sheet is "Per langkah" or "Kepatuhan" or "Terlambat"), t => Assert.NotEmpty(t.Rows));

        var response = await http.GetAsync("/dasbor/ekspor.xlsx?hari=90");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Workbooks.AssertHoldsAsync(await response.Content.ReadAsByteArrayAsync(), onScreen);
        using var peksos = await StaffHttpClient.SignedInAsync(portal.Address, "peksos.tarakan");
        Assert.DoesNotContain("spreadsheetml", (await peksos.GetAsync("/dasbor/ekspor.xlsx")).Content.Headers.ContentType?.MediaType ?? "");
    }
}
