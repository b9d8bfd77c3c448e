using Microsoft.EntityFrameworkCore;
using Portal.Cases;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Offices;
using Portal.Sops;

namespace Portal.Dashboard;

public sealed record StepCount(string SopKode, string SopNama, int StepNo, string Uraian, int Open, int Late);

/// <summary>
/// Mutu baku compliance of one SOP step (or the whole SOP when <see cref="StepNo"/> is null): steps completed in the period
/// and steps still running past their deadline, since a step that is late now has already missed its standard.
/// </summary>
public sealed record Compliance(string SopKode, string SopNama, int? StepNo, string Label, int Done, int OnTime, int RunningLate)
{
    public int Judged => Done + RunningLate;
    public double? Share => Judged == 0 ? null : (double)OnTime / Judged;

    public static Compliance Total(IEnumerable<Compliance> rows, string sopKode, string sopNama, string label)
    {
        var list = rows.ToList();
        return new(sopKode, sopNama, null, label, list.Sum(r => r.Done), list.Sum(r => r.OnTime), list.Sum(r => r.RunningLate));
    }
}

public sealed record Workload(string? UserId, string Name, int Open, int Late);

public sealed record WeekCount(DateOnly WeekStart, int Intake, int Closed);

public sealed record Waiting(Guid CaseId, string Nomor, string SopNama, int StepNo, string Party, string Reason, DateTimeOffset Since, TimeSpan SoFar);

public sealed record DashboardData(
    IReadOnlyList<StepCount> Open, IReadOnlyList<Compliance> Compliance, IReadOnlyList<Workload> Workload,
    IReadOnlyList<WeekCount> Weeks, IReadOnlyList<Waiting> Waiting, TimeSpan WaitedInPeriod, int LateTotal);

/// <summary>The kabid's numbers for one office. Counts are grouped in SQL; only small sets come into memory.</summary>
public sealed class DashboardQueries(
    IDbContextFactory<PortalDbContext> dbFactory, SopCache sops, OfficeCalendars calendars, Live.OfficeSnapshots snapshots, Cases.CaseQueries boards,
    TimeProvider clock)
{
    /// <summary>
    /// The office's last <paramref name="days"/> days, shared by every leader's open dashboard: read once per change
    /// of the office, and at least once a minute for the figures that move with the clock alone.
    /// </summary>
    public Task<DashboardData> LastDaysAsync(Actor actor, int days, CancellationToken ct = default) =>
        snapshots.GetAsync(actor.OfficeId, $"dasbor:{days}", token => LoadAsync(Actor.System(actor.OfficeId), clock.GetUtcNow().AddDays(-days), token),
            TimeSpan.FromMinutes(1)).WaitAsync(ct);

    public const int MaxWeeks = 53;

    public async Task<DashboardData> LoadAsync(Actor actor, DateTimeOffset from, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var calendar = await calendars.ForOfficeAsync(actor.OfficeId, ct);
        // The reads run side by side, each in a context of its own: every open dashboard of the office waits for this
        // load, and on a busy server each database round trip also waits for a thread, so six in a row waited six times.
        var openRead = ReadAsync(actor, db => Running(db)
            .GroupBy(x => new { x.Case.SopKode, x.Case.SopNama, x.Case.SopRevisionId, x.Step.StepNo })
            .Select(g => new { g.Key.SopKode, g.Key.SopNama, g.Key.SopRevisionId, g.Key.StepNo, Open = g.Count(), Late = g.Count(x => x.Step.DueAt < now) })
            .ToListAsync(ct), ct);
        var doneRead = ReadAsync(actor, db => db.CaseSteps.Where(s => s.CompletedAt >= from && s.DueAt != null && s.Outcome == StepOutcome.Selesai)
            .Join(db.Cases, s => s.CaseId, c => c.Id, (s, c) => new { c.SopKode, c.SopNama, s.StepNo, OnTime = s.CompletedAt <= s.DueAt })
            .GroupBy(x => new { x.SopKode, x.SopNama, x.StepNo })
            .Select(g => new { g.Key.SopKode, g.Key.SopNama, g.Key.StepNo, Done = g.Count(), OnTime = g.Count(x => x.OnTime) })
            .ToListAsync(ct), ct);
        // Who holds each running step comes from the boards' shared read: reading every step's assignments again
        // (JSON per case) at each change of the office was most of what a dashboard reload cost.
        var runningRead = boards.RunningAsync(actor.OfficeId).WaitAsync(ct);
        var casesRead = ReadAsync(actor, db => db.Cases.Where(c => c.OpenedAt >= from || c.ClosedAt >= from)
            .Select(c => new { c.OpenedAt, c.ClosedAt }).ToListAsync(ct), ct);
        var waitingRead = ReadAsync(actor, db => Running(db).Where(x => x.Step.WaitingSince != null)
            .Select(x => new { x.Case.Id, x.Case.Nomor, x.Case.SopNama, x.Step.StepNo, x.Step.WaitingFor, x.Step.WaitingForNama, x.Step.WaitingReason, x.Step.WaitingSince })
            .ToListAsync(ct), ct);
        var waitedRead = ReadAsync(actor, db => db.CaseSteps.Where(s => s.CompletedAt >= from).Select(s => s.WaitedTotal).ToListAsync(ct), ct);
        await Task.WhenAll(openRead, doneRead, runningRead, casesRead, waitingRead, waitedRead);

        var open = new List<StepCount>();
        foreach (var g in openRead.Result.GroupBy(r => new { r.SopKode, r.SopNama, r.StepNo }).OrderBy(g => g.Key.SopNama).ThenBy(g => g.Key.StepNo))
        {
            var def = (await sops.DefinitionAsync(g.First().SopRevisionId, ct)).Step(g.Key.StepNo);
            open.Add(new StepCount(g.Key.SopKode, g.Key.SopNama, g.Key.StepNo, def.Uraian, g.Sum(r => r.Open), g.Sum(r => r.Late)));
        }

        var judged = doneRead.Result.Select(r => (r.SopKode, r.SopNama, r.StepNo, r.Done, r.OnTime, RunningLate: 0))
            .Concat(open.Where(o => o.Late > 0).Select(o => (o.SopKode, o.SopNama, o.StepNo, Done: 0, OnTime: 0, RunningLate: o.Late)))
            .GroupBy(r => (r.SopKode, r.SopNama, r.StepNo))
            .Select(g => new Compliance(g.Key.SopKode, g.Key.SopNama, g.Key.StepNo, $"Langkah {g.Key.StepNo}",
                g.Sum(r => r.Done), g.Sum(r => r.OnTime), g.Sum(r => r.RunningLate)));
        var compliance = judged.GroupBy(r => (r.SopKode, r.SopNama)).OrderBy(g => g.Key.SopNama)
            .SelectMany(g => g.OrderBy(r => r.StepNo).Prepend(Compliance.Total(g, g.Key.SopKode, g.Key.SopNama, "Seluruh SOP")))
            .ToList();

        var workload = runningRead.Result.Steps
            .Select(s => (s.Holder, Late: s.DueAt < now))
            .GroupBy(h => h.Holder?.UserId)
            .Select(g => new Workload(g.Key, g.First().Holder?.Name ?? "Belum ditugaskan", g.Count(), g.Count(x => x.Late)))
            .OrderByDescending(w => w.Open).ToList();

        var opened = casesRead.Result.Where(c => c.OpenedAt >= from).Select(c => c.OpenedAt).ToList();
        var closed = casesRead.Result.Where(c => c.ClosedAt >= from).Select(c => c.ClosedAt!.Value).ToList();
        DateOnly Week(DateTimeOffset t)
        {
            var day = DateOnly.FromDateTime(calendar.ToOfficeTime(t).DateTime);
            return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        }
        // Every week of the period is on the axis, empty ones too (at most a year back).
        var lastWeek = Week(now);
        var firstWeek = Week(from) is var f && f > lastWeek.AddDays(-7 * MaxWeeks) ? f : lastWeek.AddDays(-7 * (MaxWeeks - 1));
        var weeks = Enumerable.Range(0, (lastWeek.DayNumber - firstWeek.DayNumber) / 7 + 1).Select(i => firstWeek.AddDays(7 * i))
            .Select(w => new WeekCount(w, opened.Count(o => Week(o) == w), closed.Count(c => Week(c) == w))).ToList();

        var waiting = waitingRead.Result.Select(w => new Waiting(w.Id, w.Nomor, w.SopNama, w.StepNo, w.WaitingForNama ?? w.WaitingFor!.Value.Label(), w.WaitingReason ?? "", w.WaitingSince!.Value,
            calendar.WorkingTimeBetween(w.WaitingSince.Value, now))).OrderBy(w => w.Since).ToList();
        var waited = waitedRead.Result.Aggregate(TimeSpan.Zero, (a, b) => a + b) + waiting.Aggregate(TimeSpan.Zero, (a, w) => a + w.SoFar);

        return new DashboardData(open, compliance, workload, weeks, waiting, waited, open.Sum(o => o.Late));
    }

    /// <summary>The running steps of the office's active cases, with their case.</summary>
    private static IQueryable<StepAndCase> Running(PortalDbContext db) =>
        db.CaseSteps.Where(s => s.CompletedAt == null)
            .Join(db.Cases.Where(c => c.Status == CaseStatus.Aktif), s => s.CaseId, c => c.Id, (s, c) => new StepAndCase { Step = s, Case = c });

    // Member-initialised, not positional: EF Core follows x.Case.SopKode through an initialiser into SQL.
    private sealed class StepAndCase
    {
        public required CaseStep Step { get; init; }
        public required Case Case { get; init; }
    }

    private async Task<T> ReadAsync<T>(Actor actor, Func<PortalDbContext, Task<T>> read, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        return await read(db);
    }
}
