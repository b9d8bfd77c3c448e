using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Api;
using Portal.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Api;

/// <summary>The read API over a real Kestrel port with the demo offices, called as another system would.</summary>
public class ReadApiTests
{
    private static async Task<(Guid Tarakan, Guid Lamandau)> CasesAsync(PortalFactory portal)
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var offices = await db.Offices.ToDictionaryAsync(o => o.Kode, o => o.Id);
        return (await db.Cases.IgnoreQueryFilters().Where(c => c.OfficeId == offices["tarakan"]).Select(c => c.Id).FirstAsync(),
            await db.Cases.IgnoreQueryFilters().Where(c => c.OfficeId == offices["lamandau"]).Select(c => c.Id).FirstAsync());
    }

    private static HttpClient With(PortalFactory portal, string? key)
    {
        var http = new HttpClient { BaseAddress = portal.Address };
        if (key is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    private static async Task<string> ProblemTitleAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString()!;
    }

    [Fact]
    public async Task A_key_reads_its_own_office_only_and_a_missing_wrong_or_revoked_key_is_refused_in_Indonesian()
    {
        await using var portal = new PortalFactory();
        var (tarakanCase, lamandauCase) = await CasesAsync(portal);
        var admin = await portal.ActorAsync("admin.tarakan");
        var keys = portal.Services.GetRequiredService<ApiKeys>();
        var key = await keys.CreateAsync(admin, "Layar dinding seksi");

        var none = await With(portal, null).GetAsync("/api/v1/kasus");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Kunci API tidak ada, tidak dikenal, atau sudah dicabut.", await ProblemTitleAsync(none));
        var wrongKey = key[..^1] + (key[^1] == '0' ? '1' : '0');
        Assert.Equal(HttpStatusCode.Unauthorized, (await With(portal, wrongKey).GetAsync("/api/v1/kasus")).StatusCode);

        using var http = With(portal, key);
        var list = await http.GetAsync("/api/v1/kasus");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("TRK-", await list.Content.ReadAsStringAsync());
        Assert.DoesNotContain("LMD-", await list.Content.ReadAsStringAsync());

        var own = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/kasus/{tarakanCase}")).RootElement;
        Assert.StartsWith("TRK-", own.GetProperty("nomor").GetString());
        Assert.All(own.GetProperty("klien").EnumerateArray(), c => Assert.DoesNotMatch("[0-9]{16}", c.GetProperty("nik").GetString()!));

        var other = await http.GetAsync($"/api/v1/kasus/{lamandauCase}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal("Kasus tidak ditemukan di kantor kunci ini.", await ProblemTitleAsync(other));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/dasbor")).StatusCode);

        // A key never opens the staff pages.
        using (var browserLike = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = portal.Address })
        {
            browserLike.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            var page = await browserLike.GetAsync("/kasus");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Contains("/Account/Login", page.Headers.Location!.ToString());
        }

        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            var calls = await db.ApiCalls.IgnoreQueryFilters().OrderBy(c => c.Id).ToListAsync();
            Assert.Equal(["/api/v1/kasus", $"/api/v1/kasus/{tarakanCase}", $"/api/v1/kasus/{lamandauCase}", "/api/v1/dasbor"], calls.Select(c => c.Path));
            Assert.Equal([200, 200, 404, 200], calls.Select(c => c.Status));
        }

        var id = (await keys.ListAsync(admin)).Single().Id;
        await keys.RevokeAsync(admin, id);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/kasus")).StatusCode);
        Assert.Empty(await keys.ListAsync(await portal.ActorAsync("admin.lamandau")));
    }

    [Fact]
    public async Task A_key_past_its_rate_is_answered_429_in_Indonesian()
    {
        await using var portal = new PortalFactory(settings: new Dictionary<string, string> { ["Api:PermitPerMinute"] = "3" });
        var key = await portal.Services.GetRequiredService<ApiKeys>().CreateAsync(await portal.ActorAsync("admin.tarakan"), "Uji");
        using var http = With(portal, key);

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/monev")).StatusCode);
        var refused = await http.GetAsync("/api/v1/monev");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Terlalu banyak permintaan dengan kunci API ini.", await ProblemTitleAsync(refused));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_route_and_is_for_admins()
    {
        await using var portal = new PortalFactory();

        Assert.NotEqual(HttpStatusCode.OK, (await StaffHttpClient.Create(portal.Address).GetAsync("/openapi/v1.json")).StatusCode);
        using var admin = await StaffHttpClient.SignedInAsync(portal.Address, "admin.tarakan");
        var document = JsonDocument.Parse(await admin.GetStringAsync("/openapi/v1.json")).RootElement;

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        Assert.Equal("DinsosPortal API", document.GetProperty("info").GetProperty("title").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["/api/v1/dasbor", "/api/v1/kasus", "/api/v1/kasus/{id}", "/api/v1/langkah/terlambat", "/api/v1/monev"], paths.Order());
        Assert.All(paths, p => Assert.True(document.GetProperty("paths").GetProperty(p).GetProperty("get").TryGetProperty("summary", out _), p));
        var docs = await admin.GetAsync("/api/dokumentasi/");
        Assert.True(docs.StatusCode == HttpStatusCode.OK, $"{docs.StatusCode} {docs.Headers.Location}");
        Assert.Contains("DinsosPortal API", await docs.Content.ReadAsStringAsync());
    }
}
