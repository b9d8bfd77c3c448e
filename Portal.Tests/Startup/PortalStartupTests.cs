using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.Startup;

public class PortalStartupTests
{
    [Fact]
    public async Task On_an_empty_data_folder_the_portal_migrates_loads_the_seeds_makes_demo_data_and_answers()
    {
        await using var portal = new PortalFactory();
        Assert.False(Directory.Exists(portal.DataFolder));

        using var http = new HttpClient { BaseAddress = portal.Address };
        var response = await http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(portal.DataFolder, "portal.db")));
        var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        await using (db)
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToAsyncEnumerable().FirstAsync());
            Assert.Equal(12, await db.Sops.IgnoreQueryFilters().CountAsync()); // 11 SOPs and 1 Standar Pelayanan
            var users = await db.Users.Select(u => u.UserName).ToListAsync();
            Assert.Contains("peksos.tarakan", users);
            Assert.Contains("shelter.lamandau", users);
            Assert.Equal(16, users.Count);

            // A spread: open and closed cases in every SOP of both offices, some already late.
            var cases = await db.Cases.IgnoreQueryFilters().Select(c => new { c.OfficeId, c.SopKode, c.Status }).ToListAsync();
            Assert.Equal(11, cases.Select(c => c.SopKode).Distinct().Count());
            Assert.Contains(cases, c => c.Status == CaseStatus.Selesai);
            // Closing plans the SOP's follow-up monev on every path, the demo runner's included.
            var closedWithMonev = await db.Cases.IgnoreQueryFilters()
                .Where(c => c.Status == CaseStatus.Selesai && (c.SopKode == "pemulangan-orang-terlantar" || c.SopKode == "rujukan-lk3"))
                .Select(c => c.Id).ToListAsync();
            var followUps = await db.MonevTasks.IgnoreQueryFilters().Where(t => t.Kind == Portal.Deadlines.MonevKind.KunjunganLanjutan)
                .Select(t => t.CaseId).ToListAsync();
            Assert.NotEmpty(closedWithMonev);
            Assert.All(closedWithMonev, id => Assert.Contains(id, followUps));
            var now = DateTimeOffset.UtcNow;
            var open = await db.CaseSteps.IgnoreQueryFilters().Where(s => s.CompletedAt == null && s.DueAt != null).Select(s => s.DueAt!.Value).ToListAsync();
            Assert.Contains(open, due => due < now);
            Assert.Contains(open, due => due > now);
        }
    }

    [Theory]
    [InlineData("Development")]
    [InlineData(Portal.Testing.ClockExtensions.Environment)]
    [InlineData("Production")]
    public async Task Every_stylesheet_and_script_the_sign_in_page_links_is_served_in_any_environment(string environment)
    {
        await using var portal = new PortalFactory(environment, settings: new Dictionary<string, string> { ["Seed:DemoData"] = "false" });
        using var http = new HttpClient { BaseAddress = portal.Address };
        var page = await http.GetStringAsync("/Account/Login");

        var assets = System.Text.RegularExpressions.Regex.Matches(page, @"(?:href|src)=""([^""]+\.(?:css|js))""").Select(m => m.Groups[1].Value).ToList();

        Assert.Contains(assets, a => a.StartsWith("_content/MudBlazor/", StringComparison.Ordinal));
        foreach (var asset in assets)
            Assert.True((await http.GetAsync(asset)).IsSuccessStatusCode, $"{environment}: {asset}");
    }

    [Fact]
    public async Task Demo_data_is_seeded_once_however_often_the_portal_starts()
    {
        var folder = Repo.TempFolder();
        int Count()
        {
            using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
                .UseSqlite($"Data Source={Path.Combine(folder.Path, "portal.db")}").Options);
            return db.Cases.IgnoreQueryFilters().Count() + db.Users.Count();
        }

        using (folder)
        {
            for (var i = 0; i < 2; i++)
            {
                await using var portal = new PortalFactory(dataFolder: folder.Path);
                using var http = new HttpClient { BaseAddress = portal.Address };
                Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
            }
            var afterTwo = Count();
            await using (var third = new PortalFactory(dataFolder: folder.Path))
            {
                _ = third.Address;
            }
            Assert.Equal(afterTwo, Count());
        }
    }
}
