using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Cases;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Identity;

namespace Bench;

/// <summary>Live push latency, action to receipt, with many plain SignalR clients (wall displays) connected.</summary>
internal static partial class PushBench
{
    private const int Actions = 20;

    public static async Task<IReadOnlyList<Row>> RunAsync(IReadOnlyList<int> clientCounts)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dinsosportal-bench", Guid.NewGuid().ToString("N"));
        await using var portal = new BenchPortal(folder);
        portal.UseKestrel(0);
        portal.StartServer();
        var address = new Uri(portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var cookies = await SignInAsync(address, "kabid.tarakan");
        var (actor, caseId, stepId, item) = await TickableStepAsync(portal.Services);
        var workflow = portal.Services.GetRequiredService<CaseWorkflow>();
        var query = portal.Services.GetRequiredService<CaseDetailQuery>();

        var rows = new List<Row>();
        foreach (var count in clientCounts)
        {
            var latencies = new ConcurrentBag<double>();
            long actionStart = 0;
            var connections = new List<HubConnection>();
            for (var batch = 0; batch < count; batch += 50)
            {
                var started = Enumerable.Range(batch, Math.Min(50, count - batch)).Select(async _ =>
                {
                    var connection = new HubConnectionBuilder().WithUrl(new Uri(address, "/hubs/boards"), o => o.Cookies = cookies).Build();
                    var seen = new ConcurrentDictionary<Guid, bool>();
                    connection.On<Message>("caseChanged", m =>
                    {
                        // A connection in two of the event's groups gets it twice; like any client, count the first.
                        if (m.CaseId == caseId && seen.TryAdd(m.Id, true))
                            latencies.Add(Stopwatch.GetElapsedTime(Interlocked.Read(ref actionStart)).TotalMilliseconds);
                    });
                    await connection.StartAsync();
                    return connection;
                });
                connections.AddRange(await Task.WhenAll(started));
            }
            for (var i = 0; i < Actions; i++)
            {
                var version = (await query.LoadAsync(actor, caseId))!.Case.Version;
                var expected = latencies.Count + count;
                Interlocked.Exchange(ref actionStart, Stopwatch.GetTimestamp());
                await workflow.TickAsync(actor, caseId, version, stepId, item, i % 2 == 0);
                var deadline = DateTime.UtcNow.AddSeconds(10);
                while (latencies.Count < expected && DateTime.UtcNow < deadline) await Task.Delay(5);
                await Task.Delay(50);
            }
            await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
            var values = latencies.ToList();
            var p95 = Measure.Percentile(values, 0.95);
            rows.Add(new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Dorongan langsung, {count} klien SignalR ({values.Count}/{count * Actions} diterima): p50 / p95 / p99"),
                $"{Measure.Ms(Measure.Percentile(values, 0.5))} / {Measure.Ms(p95)} / {Measure.Ms(Measure.Percentile(values, 0.99))}",
                count == 200 ? "p95 < 100 ms" : "", count == 200 ? p95 < 100 : null));
        }
        return rows;
    }

    public static async Task<CookieContainer> SignInAsync(Uri address, string user)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address };
        var form = await http.GetStringAsync("/Account/Login");
        var token = Token().Match(form).Groups[1].Value;
        var response = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "masuk", ["Input.UserName"] = user, ["Input.Password"] = BenchPortal.Password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("Masuk gagal.");
        return cookies;
    }

    /// <summary>A demo repatriation case at step 1, and the pengadministrasi who may tick its kelengkapan.</summary>
    private static async Task<(Actor, Guid, Guid, string)> TickableStepAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync("pengadministrasi.tarakan"))!;
        var actor = new Actor(user.Id, user.FullName, StaffRole.Pengadministrasi, user.OfficeId);
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        db.OfficeScope = actor.OfficeId;
        var step = await db.CaseSteps.Where(s => s.CompletedAt == null && s.StepNo == 1)
            .Join(db.Cases.Where(c => c.SopKode == "pemulangan-orang-terlantar"), s => s.CaseId, c => c.Id, (s, _) => new { s.CaseId, s.Id })
            .FirstAsync();
        return (actor, step.CaseId, step.Id, "Surat keterangan terlantar dari Kelurahan");
    }

    private sealed record Message(Guid Id, string Kind, Guid? CaseId);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
