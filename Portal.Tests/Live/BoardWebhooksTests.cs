using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Cases;
using Portal.Domain.Cases;
using Portal.Live;
using Portal.Tests.Support;

namespace Portal.Tests.Live;

public class BoardWebhooksTests
{
    private const string Secret = "rahasia-webhook-tarakan-2026";

    /// <summary>Another system's endpoint on a real Kestrel port: it keeps what it was sent.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication _app;
        public ConcurrentQueue<(string Body, string? Signature)> Received { get; } = new();

        private Receiver(WebApplication app) => _app = app;

        public string Url => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/kasus-berubah";

        public static async Task<Receiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var receiver = new Receiver(app);
            app.MapPost("/kasus-berubah", async (HttpRequest request) =>
            {
                using var reader = new StreamReader(request.Body);
                receiver.Received.Enqueue((await reader.ReadToEndAsync(), request.Headers[WebhookOptions.SignatureHeader].FirstOrDefault()));
                return Results.Ok();
            });
            await app.StartAsync();
            return receiver;
        }

        public ValueTask DisposeAsync() => _app.DisposeAsync();
    }

    [Fact]
    public async Task An_offices_board_events_are_posted_to_its_url_signed_with_its_secret_and_no_other_offices_are()
    {
        await using var receiver = await Receiver.StartAsync();
        await using var portal = new PortalFactory(environment: "Production", settings: new Dictionary<string, string>
        {
            ["Webhooks:tarakan:Url"] = receiver.Url,
            ["Webhooks:tarakan:Secret"] = Secret,
        });
        _ = portal.Address;
        var services = portal.Services;
        var tarakan = await Staff(services, "tarakan");
        var lamandau = await Staff(services, "lamandau");

        var lamandauCase = await OpenAsync(services, lamandau, "anak-terlantar");
        var tarakanCase = await OpenAsync(services, tarakan, "rujukan-lk3");

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!receiver.Received.Any(r => r.Body.Contains(tarakanCase.ToString())) && DateTime.UtcNow < deadline) await Task.Delay(100);
        var (body, signature) = Assert.Single(receiver.Received, r => r.Body.Contains(tarakanCase.ToString()));
        Assert.Equal(BoardWebhooks.Signature(Secret, body), signature);
        Assert.NotEqual(BoardWebhooks.Signature("kunci-lain-yang-salah-2026", body), signature);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("tarakan", json.RootElement.GetProperty("kantor").GetString());
        Assert.Equal("rujukan-lk3", json.RootElement.GetProperty("sop").GetString());
        Assert.DoesNotContain(receiver.Received, r => r.Body.Contains(lamandauCase.ToString()) || r.Body.Contains("lamandau"));
    }

    [Fact]
    public void A_webhook_with_a_short_secret_stops_start_up_with_a_message_naming_the_setting()
    {
        using var portal = new PortalFactory(environment: "Production", settings: new Dictionary<string, string>
        {
            ["Webhooks:tarakan:Url"] = "http://127.0.0.1:9/kasus",
            ["Webhooks:tarakan:Secret"] = "pendek",
        });

        var error = Assert.ThrowsAny<Exception>(() => portal.Services);
        Assert.Contains("Webhooks:<kantor>:Secret harus paling sedikit 16 karakter.", error.ToString());
    }

    private static async Task<Actor> Staff(IServiceProvider services, string office)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Portal.Data.PortalDbContext>>();
        await using var context = await db.CreateDbContextAsync();
        var id = context.Offices.Single(o => o.Kode == office).Id;
        return new Actor($"uji.{office}", $"Pengadministrasi {office}", Portal.Domain.Sops.StaffRole.Pengadministrasi, id);
    }

    private static async Task<Guid> OpenAsync(IServiceProvider services, Actor actor, string sop)
    {
        var client = Portal.Domain.Clients.Client.Register(actor.OfficeId,
            new("Budi Santoso", null, "Tidak memiliki KTP", null, Portal.Domain.Clients.Sex.LakiLaki, null, null, null, null), actor.UserId, TimeProvider.System);
        await using (var db = await services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Portal.Data.PortalDbContext>>().CreateDbContextAsync())
        {
            db.OfficeScope = actor.OfficeId;
            db.Clients.Add(client);
            await db.SaveChangesAsync();
        }
        return await services.GetRequiredService<CaseWorkflow>().OpenAsync(actor, sop, new CaseOpening(actor.OfficeId, null, [client.Id], [], null));
    }
}
