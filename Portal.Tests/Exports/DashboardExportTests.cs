using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Cases;
using Portal.Dashboard;
using Portal.Domain.Sops;
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

    [Fact]
    public async Task The_open_monev_visits_download_as_the_role_sees_them()
    {
        await using var portal = new PortalFactory();
        using var http = await StaffHttpClient.SignedInAsync(portal.Address, "kabid.tarakan");
        var kabid = await portal.ActorAsync("kabid.tarakan");
        var open = await portal.Services.GetRequiredService<Portal.Deadlines.MonevService>().OpenForAsync(kabid);
        Assert.NotEmpty(open);

        var response = await http.GetAsync("/monev/ekspor.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = (await MiniExcelLibs.MiniExcel.QueryAsync(file, useHeaderRow: true, sheetName: "Monev")).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(open.Select(t => t.Title), rows.Select(r => (string)r["Kegiatan"]!));
        Assert.Equal(open.Select(t => t.Role.Label()), rows.Select(r => (string)r["Dikerjakan oleh"]!));
    }
}
