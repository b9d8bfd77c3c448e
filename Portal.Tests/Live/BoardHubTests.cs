using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Portal.Cases;
using Portal.Domain.Cases;
using Portal.Live;
using Portal.Tests.Support;

namespace Portal.Tests.Live;

/// <summary>Plain SignalR clients (a wall display) signed in as staff, over a real Kestrel port.</summary>
public class BoardHubTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public Task InitializeAsync()
    {
        _ = _portal.Address;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    private async Task<(HubConnection Connection, Channel<string> Received)> ConnectAsync(string userName)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = _portal.Address };
        Assert.Equal(HttpStatusCode.Redirect, (await http.SignInAsync(userName, BrowserPortal.Password)).StatusCode);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_portal.Address, "/hubs/boards"), o => o.Cookies = cookies)
            .Build();
        var received = Channel.CreateUnbounded<string>();
        connection.On<CaseChangedMessage>(BoardHub.CaseChanged, m => received.Writer.TryWrite($"{m.CaseId}:{m.Kind}"));
        await connection.StartAsync();
        return (connection, received);
    }

    [Fact]
    public async Task An_action_reaches_the_office_group_and_never_another_office()
    {
        var (tarakanWall, tarakanSeen) = await ConnectAsync("kabid.tarakan");
        var (lamandauWall, lamandauSeen) = await ConnectAsync("kabid.lamandau");
        await using var _ = tarakanWall;
        await using var __ = lamandauWall;

        var admin = await _portal.ActorAsync("pengadministrasi.tarakan");
        var client = await _portal.Services.GetRequiredService<Portal.Clients.ClientRegistry>().RegisterAsync(admin,
            new("La Ode Saputra", null, "Tidak memiliki KTP", null, Portal.Domain.Clients.Sex.LakiLaki, null, null, null, null));
        var id = await _portal.Services.GetRequiredService<CaseWorkflow>().OpenAsync(admin, "pemulangan-orang-terlantar",
            new CaseOpening(admin.OfficeId, null, [client], [], null));

        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        // The demo cases' sweep may speak first; read on to this case's message.
        Assert.Contains($"{id}:LangkahDimulai", await ReadThroughAsync(tarakanSeen, $"{id}:", wait.Token));

        // Then a Lamandau action: a connection receives in order, so nothing of Tarakan's case may come before Lamandau's own.
        var lamandauAdmin = await _portal.ActorAsync("pengadministrasi.lamandau");
        var lamandauClient = await _portal.Services.GetRequiredService<Portal.Clients.ClientRegistry>().RegisterAsync(lamandauAdmin,
            new("Dayak Muda", null, "Tidak memiliki KTP", null, Portal.Domain.Clients.Sex.LakiLaki, null, null, null, null));
        var lamandauCase = await _portal.Services.GetRequiredService<CaseWorkflow>().OpenAsync(lamandauAdmin, "anak-terlantar",
            new CaseOpening(lamandauAdmin.OfficeId, null, [lamandauClient], [], null));
        var seenByLamandau = await ReadThroughAsync(lamandauSeen, $"{lamandauCase}:", wait.Token);
        Assert.Equal($"{lamandauCase}:LangkahDimulai", seenByLamandau[^1]);
        Assert.DoesNotContain(seenByLamandau, m => m.StartsWith(id.ToString()));
    }

    private static async Task<List<string>> ReadThroughAsync(Channel<string> seen, string prefix, CancellationToken ct)
    {
        var messages = new List<string>();
        do messages.Add(await seen.Reader.ReadAsync(ct));
        while (!messages[^1].StartsWith(prefix));
        return messages;
    }

    [Fact]
    public async Task A_connection_without_a_staff_sign_in_is_refused()
    {
        var connection = new HubConnectionBuilder().WithUrl(new Uri(_portal.Address, "/hubs/boards")).Build();
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    private sealed record CaseChangedMessage(Guid Id, string Kind, Guid? CaseId, int? StepNo, DateTimeOffset At);
}
