using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Clients;
using Portal.Domain.Reports;
using Portal.Domain.Sops;
using Portal.Offices;
using Portal.Sops;

namespace Portal.Reports;

/// <summary>
/// Computes the rekap bulanan and the SPM report of one office, optionally one seksi. Reads the cases that touch the
/// year up to the month's end (a few thousand rows for a busy office) and counts in memory, where the working-time
/// calendar lives.
/// </summary>
public sealed class MonthlyReportQuery(IDbContextFactory<PortalDbContext> dbFactory, SopCache sops, OfficeCalendars calendars, TimeProvider clock)
{
    private sealed record CaseRow(Guid Id, string SopKode, string SopNama, int SopRevisionId, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, IReadOnlyList<Guid> ClientIds);

    private sealed record StepRow(Guid CaseId, int StepNo, DateTimeOffset StartedAt, DateTimeOffset? DueAt, DateTimeOffset? CompletedAt,
        StepOutcome? Outcome, DateTimeOffset? EscalatedAt, TimeSpan WaitedTotal)
    {
        public bool MissedBy(DateTimeOffset at) => DueAt < at && !(CompletedAt <= DueAt);
    }

    /// <summary>The seksi an office's reports may be narrowed to.</summary>
    public async Task<IReadOnlyList<(string Kode, string Nama)>> SeksiAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Seksi.AsNoTracking().Where(s => s.OfficeId == actor.OfficeId).OrderBy(s => s.Nama).Select(s => new { s.Kode, s.Nama }).ToListAsync(ct);
        return rows.Select(s => (s.Kode, s.Nama)).ToList();
    }

    public async Task<MonthlyReport> LoadAsync(Actor actor, ReportMonth month, string? seksiKode = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        var now = clock.GetUtcNow();
        var calendar = await calendars.ForOfficeAsync(actor.OfficeId, ct);
        var kantor = await db.Offices.Where(o => o.Id == actor.OfficeId).Select(o => o.Nama).SingleAsync(ct);
        var seksi = seksiKode is null ? null
            : await db.Seksi.AsNoTracking().Where(s => s.OfficeId == actor.OfficeId && s.Kode == seksiKode).Select(s => new { s.Id, s.Kode, s.Nama }).SingleOrDefaultAsync(ct)
              ?? throw new DomainRuleException($"Seksi '{seksiKode}' tidak ada di kantor ini.");

        var (start, monthEnd) = month.Bounds(calendar.TimeZone);
        var (yearStart, _) = month.YearToDate(calendar.TimeZone);
        var end = monthEnd < now ? monthEnd : now;

        // The SOP's current file says what it serves (ppks, spm): a mapping added today also counts older cases.
        var current = await CurrentDefinitionsAsync(db, ct);
        var sopsOfSeksi = seksi is null ? null : current.Where(d => d.Value.Seksi == seksi.Kode).Select(d => d.Key).ToHashSet();

        var scope = db.Cases.AsNoTracking().Where(c => c.OpenedAt < monthEnd && (c.ClosedAt == null || c.ClosedAt >= yearStart));
        if (seksi is not null) scope = scope.Where(c => c.SeksiId == seksi.Id);
        var cases = await scope.Select(c => new CaseRow(c.Id, c.SopKode, c.SopNama, c.SopRevisionId, c.OpenedAt, c.ClosedAt, c.ClientIds)).ToListAsync(ct);
        var ids = scope.Select(c => c.Id);
        var steps = await db.CaseSteps.AsNoTracking().Where(s => ids.Contains(s.CaseId))
            .Select(s => new StepRow(s.CaseId, s.StepNo, s.StartedAt, s.DueAt, s.CompletedAt, s.Outcome, s.EscalatedAt, s.WaitedTotal)).ToListAsync(ct);
        var stepsOf = steps.ToLookup(s => s.CaseId);
        var caseOf = cases.ToDictionary(c => c.Id);

        bool In(DateTimeOffset? at, DateTimeOffset from, DateTimeOffset to) => at >= from && at < to;

        var perSop = cases.GroupBy(c => (c.SopKode, c.SopNama))
            .Select(g => new SopMonth(g.Key.SopKode, g.Key.SopNama,
                g.Count(c => In(c.OpenedAt, start, end)), g.Count(c => In(c.ClosedAt, start, end)),
                g.Count(c => c.OpenedAt < end && !(c.ClosedAt < end))))
            .Where(s => s.Dibuka + s.Selesai + s.AktifAkhirBulan > 0).OrderBy(s => s.SopNama).ToList();

        var perStep = new List<StepMonth>();
        foreach (var g in steps.GroupBy(s => (caseOf[s.CaseId].SopKode, caseOf[s.CaseId].SopNama, s.StepNo)).OrderBy(g => g.Key.SopNama).ThenBy(g => g.Key.StepNo))
        {
            var judged = g.Where(s => In(s.DueAt, start, end)).ToList();
            var done = g.Where(s => In(s.CompletedAt, start, end) && s.Outcome == StepOutcome.Selesai).ToList();
            var escalated = g.Count(s => In(s.EscalatedAt, start, end));
            if (judged.Count + done.Count + escalated == 0) continue;
            var def = (await sops.DefinitionAsync(caseOf[g.First().CaseId].SopRevisionId, ct)).Langkah.FirstOrDefault(l => l.No == g.Key.StepNo);
            perStep.Add(new StepMonth(g.Key.SopKode, g.Key.SopNama, g.Key.StepNo, def?.Uraian ?? "", def?.Waktu?.ToString(),
                judged.Count, judged.Count(s => s.CompletedAt <= s.DueAt),
                WorkingTimes.Of(done.Select(s => calendar.WorkingTimeBetween(s.StartedAt, s.CompletedAt!.Value))), escalated));
        }

        var waited = steps.Where(s => In(s.CompletedAt, start, end) && s.WaitedTotal > TimeSpan.Zero).ToList();
        var monevQuery = db.MonevTasks.AsNoTracking().Where(t => t.DueAt >= start && t.DueAt < end);
        if (sopsOfSeksi is not null) monevQuery = monevQuery.Where(t => sopsOfSeksi.Contains(t.SopKode));
        var monev = await monevQuery.Select(t => new { Done = t.DoneAt != null, Missed = t.MissedAt != null }).ToListAsync(ct);

        var opened = cases.Where(c => In(c.OpenedAt, start, end)).ToList();
        var sexes = await SexesAsync(db, opened.SelectMany(c => c.ClientIds), ct);
        var ppks = opened.Where(c => current.GetValueOrDefault(c.SopKode)?.Ppks is not null)
            .GroupBy(c => current[c.SopKode].Ppks!)
            .Select(g => (Ppks: g.Key, Clients: g.SelectMany(c => c.ClientIds).Distinct().ToList()))
            .Select(g => new PpksMonth(g.Ppks, g.Clients.Count,
                g.Clients.Count(id => sexes.GetValueOrDefault(id) == Sex.LakiLaki), g.Clients.Count(id => sexes.GetValueOrDefault(id) == Sex.Perempuan)))
            .OrderBy(p => p.Ppks).ToList();

        SpmFigures Spm(IReadOnlyCollection<CaseRow> served, DateTimeOffset from, DateTimeOffset to)
        {
            to = to < now ? to : now;
            int Clients(IEnumerable<CaseRow> rows) => rows.SelectMany(c => c.ClientIds).Distinct().Count();
            var closed = served.Where(c => In(c.ClosedAt, from, to)).ToList();
            var withinStandard = closed.Where(c => !stepsOf[c.Id].Any(s => s.MissedBy(DateTimeOffset.MaxValue))).ToList();
            var runningLate = served.Where(c => c.OpenedAt < to && !(c.ClosedAt < to) && stepsOf[c.Id].Any(s => s.MissedBy(to)));
            return new SpmFigures(Clients(served.Where(c => In(c.OpenedAt, from, to))), Clients(withinStandard),
                Clients(closed.Except(withinStandard)), Clients(runningLate));
        }
        var spm = SpmCatalog.All
            .Select(layanan => (layanan, sopKodes: current.Where(d => d.Value.Spm == layanan.Kode && (sopsOfSeksi is null || sopsOfSeksi.Contains(d.Key))).ToList()))
            .Where(x => x.sopKodes.Count > 0)
            .Select(x =>
            {
                var served = cases.Where(c => x.sopKodes.Any(d => d.Key == c.SopKode)).ToList();
                return new SpmRow(x.layanan, x.sopKodes.Select(d => d.Value.Nama).Order().ToList(), Spm(served, start, monthEnd), Spm(served, yearStart, monthEnd));
            }).ToList();

        return new MonthlyReport(kantor, seksi?.Nama, month, now, calendar.Hours.UsualDay, perSop, perStep,
            new WaitingMonth(waited.Count, waited.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.WaitedTotal)),
            new MonevMonth(monev.Count, monev.Count(m => m.Done), monev.Count(m => !m.Done && m.Missed)),
            ppks, new SpmReport(spm));
    }

    private async Task<Dictionary<string, SopDefinition>> CurrentDefinitionsAsync(PortalDbContext db, CancellationToken ct)
    {
        var latest = await db.Sops.AsNoTracking().Where(s => s.Jenis == SopDocumentKind.Sop)
            .Select(s => new { s.Kode, RevisionId = s.Revisions.OrderByDescending(r => r.Number).Select(r => r.Id).First() }).ToListAsync(ct);
        var result = new Dictionary<string, SopDefinition>();
        foreach (var row in latest) result[row.Kode] = await sops.DefinitionAsync(row.RevisionId, ct);
        return result;
    }

    private static async Task<Dictionary<Guid, Sex>> SexesAsync(PortalDbContext db, IEnumerable<Guid> clientIds, CancellationToken ct)
    {
        var ids = clientIds.Distinct().ToList();
        return await db.Clients.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.JenisKelamin, ct);
    }
}
