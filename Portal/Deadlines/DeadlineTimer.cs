using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Live;

namespace Portal.Deadlines;

/// <summary>
/// Runs the sweep at the next stored instant (a warning, a due time, an escalation, a monev reminder or a
/// complaint's limit) instead of up to a minute later. It sleeps until the earliest unmarked instant and is woken
/// early by every board event, since a change (a step started, completed, paused) may have moved that instant.
/// The minutely Hangfire sweep stays the backstop: this timer keeps nothing a restart could lose, and marks stay
/// exactly-once because both go through the same <see cref="DeadlineSweep"/> (docs/decisions/0013).
/// </summary>
public sealed class DeadlineTimer(
    IDbContextFactory<PortalDbContext> dbFactory, DeadlineSweep sweep, BoardEvents events, TimeProvider clock, ILogger<DeadlineTimer> log)
    : BackgroundService
{
    /// <summary>The longest sleep: a clock moved by hand or a row written around the workflow is noticed by then.</summary>
    public static readonly TimeSpan MaxSleep = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _wake = new(0, 1);
    private long _asleepUntilTicks;

    /// <summary>
    /// The instant the timer sleeps until (its longest sleep when nothing is stored), or null while it looks or
    /// sweeps: what an operator, or a test that must not race the first look, can see of it.
    /// </summary>
    public DateTimeOffset? AsleepUntil => Interlocked.Read(ref _asleepUntilTicks) is var t and not 0
        ? new DateTimeOffset(t, TimeSpan.Zero) : null;

    /// <summary>Look again for the next instant now (after a change that may have moved it).</summary>
    public void Rearm()
    {
        if (_wake.CurrentCount == 0)
        {
            try { _wake.Release(); } catch (SemaphoreFullException) { }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Task OnEvent(BoardEvent e)
        {
            // The sweep's own marks publish events too; they cannot move an instant earlier.
            if (e.Kind is not ("MendekatiBatas" or "Terlambat" or "Eskalasi")) Rearm();
            return Task.CompletedTask;
        }
        events.Delivered += OnEvent;
        try
        {
            // From the start: instants that passed while the portal was down are swept at once.
            var sweptUpTo = DateTimeOffset.MinValue;
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = clock.GetUtcNow();
                // Instants at or before the last sweep were judged by it (a closed case's open step stays unmarked).
                var after = sweptUpTo <= now ? sweptUpTo : now;
                var next = await NextInstantAfterAsync(after, stoppingToken);
                if (next is { } at && at <= now)
                {
                    await sweep.RunAsync(stoppingToken);
                    sweptUpTo = now;
                    continue;
                }
                var sleep = next is { } n && n - now < MaxSleep ? n - now : MaxSleep;
                Interlocked.Exchange(ref _asleepUntilTicks, (now + sleep).UtcTicks);
                await _wake.WaitAsync(sleep, stoppingToken);
                Interlocked.Exchange(ref _asleepUntilTicks, 0);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // The minutely sweep still runs; a broken timer only costs precision.
            log.LogError(ex, "Pengatur waktu tenggat berhenti; sapuan tiap menit tetap berjalan");
        }
        finally
        {
            events.Delivered -= OnEvent;
        }
    }

    /// <summary>The earliest unmarked instant after <paramref name="after"/>: one indexed read per kind of instant.</summary>
    public async Task<DateTimeOffset?> NextInstantAfterAsync(DateTimeOffset after, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = db.CaseSteps.IgnoreQueryFilters().Where(s => s.CompletedAt == null);
        var monev = db.MonevTasks.IgnoreQueryFilters().Where(t => t.DoneAt == null);
        var complaints = db.Pengaduan.IgnoreQueryFilters().Where(p => p.Status != Domain.Complaints.StatusPengaduan.Selesai);
        DateTimeOffset?[] candidates =
        [
            await open.Where(s => s.WarnedAt == null && s.WarnAt > after).OrderBy(s => s.WarnAt).Select(s => s.WarnAt).FirstOrDefaultAsync(ct),
            await open.Where(s => s.LateFlaggedAt == null && s.DueAt > after).OrderBy(s => s.DueAt).Select(s => s.DueAt).FirstOrDefaultAsync(ct),
            await open.Where(s => s.EscalatedAt == null && s.EscalateAt > after).OrderBy(s => s.EscalateAt).Select(s => s.EscalateAt).FirstOrDefaultAsync(ct),
            await monev.Where(t => t.RemindedAt == null && t.RemindAt > after).OrderBy(t => t.RemindAt).Select(t => (DateTimeOffset?)t.RemindAt).FirstOrDefaultAsync(ct),
            await monev.Where(t => t.MissedAt == null && t.DueAt > after).OrderBy(t => t.DueAt).Select(t => (DateTimeOffset?)t.DueAt).FirstOrDefaultAsync(ct),
            await complaints.Where(p => p.WarnedAt == null && p.WarnAt > after).OrderBy(p => p.WarnAt).Select(p => (DateTimeOffset?)p.WarnAt).FirstOrDefaultAsync(ct),
            await complaints.Where(p => p.LateFlaggedAt == null && p.DueAt > after).OrderBy(p => p.DueAt).Select(p => (DateTimeOffset?)p.DueAt).FirstOrDefaultAsync(ct),
        ];
        return candidates.Where(c => c is not null).Min();
    }
}
