using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.Identity;

/// <summary>Who may see what, asked over HTTP of the portal on a real Kestrel port.</summary>
public class AuthorizationTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();
    private Guid _tarakanCase;
    private string _tarakanClient = "";

    public async Task InitializeAsync()
    {
        _ = _portal.Address;
        await using var db = await _portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var kasus = await db.Cases.IgnoreQueryFilters().Where(c => c.SopKode == "pemulangan-orang-terlantar" && c.Status == CaseStatus.Aktif).FirstAsync();
        _tarakanCase = kasus.Id;
        _tarakanClient = await db.Clients.IgnoreQueryFilters().Where(c => c.Id == kasus.ClientIds[0]).Select(c => c.Nama).SingleAsync();
    }

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_from_every_page()
    {
        using var http = StaffHttpClient.Create(_portal.Address);
        foreach (var path in new[] { "/", $"/kasus/{_tarakanCase}", "/papan", "/pendaftaran", "/sop", "/admin/pengguna" })
        {
            var response = await http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{path}: {response.StatusCode}");
            Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task A_lamandau_user_typing_a_tarakan_case_address_is_told_it_does_not_exist()
    {
        using var lamandau = await StaffHttpClient.SignedInAsync(_portal.Address, "peksos.lamandau");
        var page = await lamandau.GetStringAsync($"/kasus/{_tarakanCase}");
        Assert.Contains("Kasus tidak ditemukan.", page);
        Assert.DoesNotContain(_tarakanClient, page);

        var unknown = await lamandau.GetStringAsync($"/kasus/{Guid.NewGuid()}");
        Assert.Contains("Kasus tidak ditemukan.", unknown);

        using var tarakan = await StaffHttpClient.SignedInAsync(_portal.Address, "peksos.tarakan");
        Assert.Contains(_tarakanClient, await tarakan.GetStringAsync($"/kasus/{_tarakanCase}"));
    }

    [Fact]
    public async Task A_lamandau_board_never_lists_tarakan_work()
    {
        using var lamandau = await StaffHttpClient.SignedInAsync(_portal.Address, "peksos.lamandau");
        var tasks = await lamandau.GetStringAsync("/");
        Assert.DoesNotContain("Pemulangan Orang Terlantar", tasks);
        Assert.DoesNotContain(_tarakanClient, tasks);
        Assert.Contains("Anak Terlantar", tasks);
    }

    [Fact]
    public async Task Administration_pages_are_for_admins_only()
    {
        using var peksos = await StaffHttpClient.SignedInAsync(_portal.Address, "peksos.tarakan");
        var denied = await peksos.GetAsync("/admin/pengguna");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.ToString());
        Assert.Contains("Peran Anda tidak memiliki akses ke halaman ini.", await peksos.GetStringAsync(denied.Headers.Location));

        using var admin = await StaffHttpClient.SignedInAsync(_portal.Address, "admin.tarakan");
        var users = await admin.GetStringAsync("/admin/pengguna");
        Assert.Contains("daftar-pengguna", users);
        Assert.Contains("peksos.tarakan", users);
        Assert.DoesNotContain("peksos.lamandau", users);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var http = StaffHttpClient.Create(_portal.Address);
        for (var i = 0; i < 4; i++)
            Assert.Contains("Nama pengguna atau kata sandi salah.", await (await http.SignInAsync("konselor.lamandau", "salah")).Content.ReadAsStringAsync());
        Assert.Contains("Akun terkunci", await (await http.SignInAsync("konselor.lamandau", "salah")).Content.ReadAsStringAsync());

        var right = await http.SignInAsync("konselor.lamandau", BrowserPortal.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Akun terkunci", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var http = await StaffHttpClient.SignedInAsync(_portal.Address, "kabid.tarakan");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        var page = await http.GetStringAsync("/");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var logout = await http.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync("/")).StatusCode);
    }
}
