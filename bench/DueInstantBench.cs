using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Deadlines;
using Portal.Domain.Cases;

namespace Bench;

/// <summary>
/// From a step's due instant to "Terlambat" reaching a board, on the real clock: the whole portal with demo data,
/// a kabid's hub client over a real port, and one running step at a time given a due time a second or two ahead.
/// </summary>
internal static class DueInstantBench
{
    public static async Task<IReadOnlyList<Row>> RunAsync(int samples)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dinsosportal-bench", Guid.NewGuid().ToString("N"));
        await using var portal = new BenchPortal(folder);
        portal.UseKestrel(0);
        portal.StartServer();
        var address = new Uri(portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var factory = portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var timer = portal.Services.GetRequiredService<DeadlineTimer>();

        var received = new ConcurrentDictionary<Guid, DateTimeOffset>();
        Guid? sampling = null;
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(address, "/hubs/boards"), o => o.Cookies = PushBench.SignInAsync(address, "kabid.tarakan").GetAwaiter().GetResult())
            .Build();
        hub.On<Message>("caseChanged", m =>
        {
            // Only the flag of the step being sampled: the start-up sweep flags the demo's own late steps too.
            if (m.Kind == nameof(CaseEventKind.Terlambat) && m.CaseId is { } id && sampling == id) received.TryAdd(id, DateTimeOffset.UtcNow);
        });
        await hub.StartAsync();

        // The start-up sweep flags the demo's own late steps: sampling before it ends would pick steps it then flags
        // as found, not at the sampled instant. Wait for the timer's first look, then sweep once more ourselves
        // (sweeps run one at a time), so every step still unflagged afterwards is one only a sample can make late.
        while (timer.AsleepUntil is null) await Task.Delay(50);
        await portal.Services.GetRequiredService<DeadlineSweep>().RunAsync();

        List<(Guid CaseId, Guid StepId)> running;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var tarakan = await db.Offices.Where(o => o.Kode == "tarakan").Select(o => o.Id).SingleAsync();
            running = (await db.CaseSteps.IgnoreQueryFilters().Where(s => s.CompletedAt == null && s.LateFlaggedAt == null && s.WaitingSince == null)
                .Join(db.Cases.IgnoreQueryFilters().Where(c => c.Status == CaseStatus.Aktif && c.OfficeId == tarakan), s => s.CaseId, c => c.Id, (s, c) => new { s.CaseId, s.Id })
                .ToListAsync()).DistinctBy(s => s.CaseId).Take(samples).Select(s => (s.CaseId, s.Id)).ToList();
        }
        if (running.Count < samples) throw new InvalidOperationException($"Data demo hanya punya {running.Count} langkah berjalan yang belum terlambat.");

        var latencies = new List<double>();
        var notified = 0;
        var random = new Random(7);
        foreach (var (caseId, stepId) in running)
        {
            var due = DateTimeOffset.UtcNow.AddMilliseconds(1000 + random.Next(1000));
            await using (var db = await factory.CreateDbContextAsync())
            {
                // Written as a revised SOP or a moved calendar would leave it; the workflow's own changes re-arm through their event.
                await db.CaseSteps.IgnoreQueryFilters().Where(s => s.Id == stepId).ExecuteUpdateAsync(u => u
                    .SetProperty(s => s.DueAt, due).SetProperty(s => s.WarnAt, due.AddSeconds(-30)).SetProperty(s => s.WarnedAt, due.AddSeconds(-30)));
            }
            sampling = caseId;
            timer.Rearm();
            var until = DateTime.UtcNow.AddSeconds(70);
            while (!received.ContainsKey(caseId) && DateTime.UtcNow < until) await Task.Delay(5);
            if (received.TryGetValue(caseId, out var at)) latencies.Add((at - due).TotalMilliseconds);
            await using (var db = await factory.CreateDbContextAsync())
                notified += await db.Notifications.IgnoreQueryFilters().AnyAsync(n => n.CaseId == caseId && n.Kind == "Terlambat") ? 1 : 0;
        }
        var p95 = Measure.Percentile(latencies, 0.95);
        return
        [
            new(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Batas waktu → 'Terlambat' di klien papan ({latencies.Count}/{samples} sampel, jam nyata; {notified} dengan notifikasi lonceng): p50 / p95"),
                $"{Measure.Ms(Measure.Percentile(latencies, 0.5))} / {Measure.Ms(p95)}", "p95 ≤ 2 s",
                latencies.Count == samples && notified == samples && p95 <= 2000),
        ];
    }

    private sealed record Message(Guid Id, string Kind, Guid? CaseId);
}
