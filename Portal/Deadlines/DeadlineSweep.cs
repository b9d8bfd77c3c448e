using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Cases;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Live;
using Portal.Notifications;
using Portal.Offices;
using Portal.Sops;

namespace Portal.Deadlines;

public sealed record SweepResult(int Warned, int Late, int Escalated, int MonevReminded, int MonevMissed, int ComplaintsWarned = 0, int ComplaintsLate = 0);

/// <summary>
/// The timed work, run every minute by Hangfire. The database is the truth: every instant (warn, due, escalate,
/// remind) is stored when known, and the sweep acts on those that have passed and are not yet marked, marking
/// them in the same transaction as the notifications. So a restart loses nothing and nothing happens twice.
/// </summary>
public sealed class DeadlineSweep(
    IDbContextFactory<PortalDbContext> dbFactory, CaseWorkflow workflow, OfficeCalendars calendars, BoardEvents events,
    Complaints.ComplaintRegister complaints, IOptions<DeadlineOptions> options, TimeProvider clock, ILogger<DeadlineSweep> log)
{
    public const int Batch = 1000;
    /// <summary>Cases marked in one context and one save; a colleague's save in between sends the chunk one by one.</summary>
    private const int SaveTogether = 100;

    // The minutely job, the exact-time timer and the Testing clock may ask at once: one sweep at a time per process.
    private readonly SemaphoreSlim _running = new(1, 1);

    public async Task<SweepResult> RunAsync(CancellationToken ct = default)
    {
        await _running.WaitAsync(ct);
        try
        {
            return await SweepAsync(ct);
        }
        finally
        {
            _running.Release();
        }
    }

    private async Task<SweepResult> SweepAsync(CancellationToken ct)
    {
        using var activity = Observability.PortalTelemetry.Source.StartActivity("sweep");
        var started = Stopwatch.GetTimestamp();
        var now = clock.GetUtcNow();
        var due = await DueCasesAsync(now, ct);
        var happened = new List<CaseEventKind>();
        foreach (var office in due.GroupBy(d => d.OfficeId))
            foreach (var chunk in office.Select(d => d.CaseId).Chunk(SaveTogether))
                happened.AddRange(await ApplyAsync(office.Key, chunk, ct));
        int warned = happened.Count(k => k == CaseEventKind.MendekatiBatas),
            late = happened.Count(k => k == CaseEventKind.Terlambat),
            escalated = happened.Count(k => k == CaseEventKind.Eskalasi);
        await EnsureStandardEvaluationsAsync(now, ct);
        var (reminded, missed) = await MonevAsync(now, ct);
        var (complaintsWarned, complaintsLate) = await complaints.ApplyDeadlinesAsync(ct);
        var result = new SweepResult(warned, late, escalated, reminded, missed, complaintsWarned, complaintsLate);
        Record(result, Stopwatch.GetElapsedTime(started));
        activity?.SetTag("dinsosportal.sweep.cases", due.Count);
        if (result != new SweepResult(0, 0, 0, 0, 0)) log.LogInformation("Sapuan tenggat: {Result}", result);
        return result;
    }

    private static void Record(SweepResult result, TimeSpan took)
    {
        Observability.PortalTelemetry.SweepDuration.Record(took.TotalSeconds);
        foreach (var (kind, count) in new[] { ("warned", result.Warned), ("late", result.Late), ("escalated", result.Escalated),
                     ("monev-reminded", result.MonevReminded), ("monev-missed", result.MonevMissed),
                     ("complaint-warned", result.ComplaintsWarned), ("complaint-late", result.ComplaintsLate) })
            if (count > 0) Observability.PortalTelemetry.SweepMarks.Add(count, new KeyValuePair<string, object?>("kind", kind));
    }

    /// <summary>Cases with an instant passed and unmarked: three indexed range reads in one statement, none over all open steps.</summary>
    public async Task<IReadOnlyList<(Guid CaseId, int OfficeId)>> DueCasesAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var due = new List<(Guid, int)>();
        var dueSteps = DueStepsByModel.GetOrAdd(db.GetType(), _ => CompileDueSteps());
        await foreach (var step in dueSteps(db, now).WithCancellation(ct)) due.Add((step.CaseId, step.OfficeId));
        return due.Distinct().ToList();
    }

    private sealed class DueStep
    {
        public Guid CaseId { get; init; }
        public int OfficeId { get; init; }
    }

    // Compiled once per model (one per engine's context type; a compiled query serves one model only): at a minute's
    // interval the pick costs what the database reads, not the translation of the query.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Func<PortalDbContext, DateTimeOffset, IAsyncEnumerable<DueStep>>> DueStepsByModel = new();

    private static Func<PortalDbContext, DateTimeOffset, IAsyncEnumerable<DueStep>> CompileDueSteps() => EF.CompileAsyncQuery(
        (PortalDbContext db, DateTimeOffset now) =>
            db.CaseSteps.IgnoreQueryFilters().AsNoTracking()
                .Where(s => s.CompletedAt == null && s.WarnedAt == null && s.WarnAt <= now).OrderBy(s => s.WarnAt).Take(Batch)
                .Select(s => new DueStep { CaseId = s.CaseId, OfficeId = s.OfficeId })
                .Concat(db.CaseSteps.IgnoreQueryFilters().AsNoTracking()
                    .Where(s => s.CompletedAt == null && s.LateFlaggedAt == null && s.DueAt <= now).OrderBy(s => s.DueAt).Take(Batch)
                    .Select(s => new DueStep { CaseId = s.CaseId, OfficeId = s.OfficeId }))
                .Concat(db.CaseSteps.IgnoreQueryFilters().AsNoTracking()
                    .Where(s => s.CompletedAt == null && s.EscalatedAt == null && s.EscalateAt <= now).OrderBy(s => s.EscalateAt).Take(Batch)
                    .Select(s => new DueStep { CaseId = s.CaseId, OfficeId = s.OfficeId })));

    /// <summary>
    /// Marks a chunk of one office's cases through the workflow's change path, as the office's system actor; the
    /// notifications go in the same save. Client names and the role holders are read once for the chunk.
    /// </summary>
    private async Task<IReadOnlyList<CaseEventKind>> ApplyAsync(int officeId, IReadOnlyCollection<Guid> caseIds, CancellationToken ct)
    {
        var happened = new Dictionary<Guid, IReadOnlyList<CaseEventKind>>();
        await workflow.ChangeRunningStepsAsync(Actor.System(officeId), caseIds, async (changes, token) =>
        {
            var now = clock.GetUtcNow();
            var marked = new List<(CaseChange Change, IReadOnlyList<CaseEventKind> Kinds)>();
            foreach (var c in changes)
            {
                var kinds = c.Case.ApplyDeadlines(c.Sop, c.Calendar, clock);
                happened[c.Case.Id] = kinds;
                if (kinds.Count > 0) marked.Add((c, kinds));
            }
            if (marked.Count == 0) return;
            var db = marked[0].Change.Db;
            var labels = await CaseQueries.ClientLabelsAsync(db, marked.SelectMany(m => m.Change.Case.ClientIds).Distinct().ToList(), token);
            var holders = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var (c, kinds) in marked)
            {
                var kasus = c.Case;
                var step = kasus.CurrentStep!;
                var def = c.Sop.Definition.Step(step.StepNo);
                var klien = CaseQueries.Klien(kasus.ClientIds, labels);
                // A step found already late is not also announced as near its limit in the same sweep.
                foreach (var kind in kinds.Where(k => k != CaseEventKind.MendekatiBatas || !kinds.Contains(CaseEventKind.Terlambat)))
                {
                    var roles = kind switch
                    {
                        // Whoever holds the step now (a hand-off moves it on), and those the SOP also reminds.
                        CaseEventKind.MendekatiBatas => step.Pelaksana.Concat(def.Ingatkan),
                        CaseEventKind.Terlambat => step.Pelaksana.Concat(def.Ingatkan)
                            .Concat(def.IsLongAssessment ? DeadlineOptions.Roles(options.Value.LateAssessmentAlso) : []),
                        _ => DeadlineOptions.Roles(options.Value.EscalateTo),
                    };
                    var users = await NotificationCenter.RecipientsAsync(c.Db, kasus, roles, now, token, holders);
                    NotificationCenter.Add(c.Db, kasus.OfficeId, kasus.Id, users, kind.ToString(), Text(kind, kasus, klien, def, step, c.Calendar), now);
                    c.NotifiedUserIds.AddRange(users);
                }
            }
        }, ct);
        return happened.Values.SelectMany(k => k).ToList();
    }

    /// <summary>Names the client (NIK masked) and the case number first: that is what staff recognise in a list.</summary>
    private static string Text(CaseEventKind kind, Case kasus, string klien, SopStep def, CaseStep step, WorkingCalendar calendar)
    {
        var due = step.DueAt is { } d ? Components.Shared.Format.Cell(d, calendar.TimeZone) : "";
        var about = $"{klien} · {kasus.Nomor} · langkah {def.Label} ({def.Uraian}), {kasus.SopNama}";
        return kind switch
        {
            CaseEventKind.MendekatiBatas => $"Mendekati batas: {about}; batas {due}.",
            CaseEventKind.Terlambat => $"Terlambat: {about}; melewati batas {due}.",
            _ => $"Eskalasi: {about}; masih terlambat satu hari kerja setelah batas {due}.",
        };
    }

    /// <summary>Each Standar Pelayanan always has its next evaluation by the Kepala Dinas queued.</summary>
    private async Task EnsureStandardEvaluationsAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var standards = await db.Sops.IgnoreQueryFilters().Where(s => s.Jenis == SopDocumentKind.StandarPelayanan)
            .Where(s => !db.MonevTasks.IgnoreQueryFilters().Any(t => t.OfficeId == s.OfficeId && t.SopKode == s.Kode && t.Kind == MonevKind.EvaluasiStandarPelayanan && t.DoneAt == null))
            .Select(s => new { s.OfficeId, s.Kode, s.Nama }).ToListAsync(ct);
        if (standards.Count == 0) return;
        var every = Waktu.TryParse(options.Value.StandardEvaluationEvery, out var error)
            ?? throw new InvalidOperationException($"Deadlines:StandardEvaluationEvery: {error}");
        foreach (var sp in standards)
        {
            var calendar = await calendars.ForOfficeAsync(sp.OfficeId, ct);
            db.MonevTasks.Add(MonevPlanner.Task(sp.OfficeId, null, sp.Kode, MonevKind.EvaluasiStandarPelayanan,
                $"Monitoring dan evaluasi {sp.Nama} oleh Kepala Dinas", StaffRole.Kadis, calendar, now, every));
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<(int Reminded, int Missed)> MonevAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tasks = db.MonevTasks.IgnoreQueryFilters().Where(t => t.DoneAt == null);
        var remind = await tasks.Where(t => t.RemindedAt == null && t.RemindAt <= now).OrderBy(t => t.RemindAt).Take(Batch).ToListAsync(ct);
        var missed = await tasks.Where(t => t.MissedAt == null && t.DueAt <= now).OrderBy(t => t.DueAt).Take(Batch).ToListAsync(ct);
        var notified = new List<(int Office, string User)>();
        foreach (var task in remind)
        {
            task.RemindedAt = now;
            var users = await NotificationCenter.UsersInRolesAsync(db, task.OfficeId, [task.Role], now, ct);
            NotificationCenter.Add(db, task.OfficeId, task.CaseId, users, "MonevPengingat", $"Pengingat monev: {task.Title}, jatuh tempo {(await calendars.ForOfficeAsync(task.OfficeId, ct)).ToOfficeTime(task.DueAt):dd-MM-yyyy}.", now);
            notified.AddRange(users.Select(u => (task.OfficeId, u)));
        }
        foreach (var task in missed)
        {
            task.MissedAt = now;
            var users = await NotificationCenter.UsersInRolesAsync(db, task.OfficeId, DeadlineOptions.Roles(options.Value.MonevMissedAlso).Append(task.Role), now, ct);
            NotificationCenter.Add(db, task.OfficeId, task.CaseId, users, "MonevTerlewat", $"Monev terlewat: {task.Title}.", now);
            notified.AddRange(users.Select(u => (task.OfficeId, u)));
        }
        if (remind.Count + missed.Count == 0) return (0, 0);
        await db.SaveChangesAsync(ct);
        foreach (var office in notified.GroupBy(n => n.Office))
            await events.PublishAsync(new BoardEvent(Guid.NewGuid(), office.Key, null, null, "monev", null, [], now)
                { NotifiedUserIds = office.Select(n => n.User).Distinct().ToList() });
        return (remind.Count, missed.Count);
    }
}
