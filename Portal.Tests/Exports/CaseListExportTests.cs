using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Portal.Cases;
using Portal.Exports;
using Portal.Tests.Support;

namespace Portal.Tests.Exports;

public class CaseListExportTests
{
    [Fact]
    public async Task The_case_list_downloads_as_xlsx_with_the_screens_filter_rows_and_masked_NIK()
    {
        await using var portal = new PortalFactory();
        using var http = await StaffHttpClient.SignedInAsync(portal.Address, "kabid.tarakan");
        var kabid = await portal.ActorAsync("kabid.tarakan");
        var onScreen = await portal.Services.GetRequiredService<CaseQueries>().ListAsync(kabid, new CaseFilter(LateOnly: true));
        Assert.NotEmpty(onScreen);

        var response = await http.GetAsync("/kasus/ekspor.xlsx?terlambat=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        await using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = (await file.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(CaseListExport.Headers, rows[0].Keys);
        Assert.Equal(onScreen.Select(c => c.Nomor), rows.Select(r => (string)r["Nomor kasus"]!));
        Assert.Equal(onScreen.Select(c => c.Klien), rows.Select(r => (string)r["Klien"]!));
        Assert.All(rows, r => Assert.StartsWith("terlambat", (string)r["Status waktu"]!));
        Assert.All(rows, r => Assert.DoesNotMatch("[0-9]{16}", (string)r["Klien"]!));
        Assert.DoesNotContain(rows, r => ((string)r["Nomor kasus"]!).StartsWith("LMD-"));

        Assert.Equal(HttpStatusCode.Redirect, (await StaffHttpClient.Create(portal.Address).GetAsync("/kasus/ekspor.xlsx")).StatusCode);
    }
}
