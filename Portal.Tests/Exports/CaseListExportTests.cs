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

    [Fact]
    public async Task Full_NIKs_are_exported_only_on_cases_the_role_works_and_each_one_is_logged_as_a_reveal()
    {
        await using var portal = new PortalFactory();
        using var http = await StaffHttpClient.SignedInAsync(portal.Address, "pengadministrasi.tarakan");
        var admin = await portal.ActorAsync("pengadministrasi.tarakan");
        var cards = await portal.Services.GetRequiredService<CaseQueries>().ListAsync(admin, new CaseFilter());
        var sops = portal.Services.GetRequiredService<Portal.Sops.SopCache>();
        var worked = new HashSet<string>();
        foreach (var card in cards)
            if (Portal.Domain.Cases.Case.Works(await sops.DefinitionAsync(card.SopRevisionId), admin.Role)) worked.Add(card.Nomor);
        Assert.NotEmpty(worked);
        Assert.NotEqual(cards.Count, worked.Count); // some SOPs are not hers: those rows stay masked
        var before = await AccessCountAsync(portal, admin);

        var response = await http.GetAsync("/kasus/ekspor.xlsx?nik=lengkap");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nik-lengkap", response.Content.Headers.ContentDisposition?.FileName);
        await using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = (await file.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object?>>().ToList();
        var clientCells = rows.ToDictionary(r => (string)r["Nomor kasus"]!, r => (string)r["Klien"]!);
        Assert.All(clientCells.Where(c => !worked.Contains(c.Key)), c => Assert.DoesNotMatch("[0-9]{16}", c.Value));
        var full = clientCells.Where(c => worked.Contains(c.Key) && System.Text.RegularExpressions.Regex.IsMatch(c.Value, "NIK [0-9]{16}")).ToList();
        Assert.NotEmpty(full);
        // One reveal per full NIK written out (a case may hold several clients).
        var written = full.Sum(c => System.Text.RegularExpressions.Regex.Matches(c.Value, "NIK [0-9]{16}").Count);
        Assert.Equal(before + written, await AccessCountAsync(portal, admin));
    }

    private static async Task<int> AccessCountAsync(PortalFactory portal, Portal.Domain.Cases.Actor actor)
    {
        await using var db = await portal.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Portal.Data.PortalDbContext>>().CreateDbContextAsync();
        db.OfficeScope = actor.OfficeId;
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.ClientDataAccess, a => a.UserId == actor.UserId);
    }
}
