using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Clients;
using Portal.Domain.Sops;
using Portal.Offices;
using Portal.Sops;

namespace Portal.Cases;

/// <summary>A running step as a board shows it.</summary>
public sealed record StepCard(
    Guid CaseId, int CaseVersion, Guid StepId, int StepNo, string Uraian, string SopKode, string SopNama,
    string Klien, string? Assignee, bool AssignedToMe, DateTimeOffset StartedAt, DateTimeOffset? DueAt, DeadlineStatus Deadline)
{
    public string? AssigneeUserId { get; init; }
    /// <summary>The case's register number (e.g. TRK-2026-00042).</summary>
    public string Nomor { get; init; } = "";
    /// <summary>The SOP revision the case runs under: a move is judged by its table, not the current one.</summary>
    public int SopRevisionId { get; init; }
}

public sealed record CaseFilter(string? SopKode = null, int? StepNo = null, bool LateOnly = false, bool WaitingOnly = false, string? Holder = null)
{
    public const string Unassigned = "belum";
}

/// <summary>Reads for the boards: projections, no tracking, bounded.</summary>
public sealed class CaseQueries(IDbContextFactory<PortalDbContext> dbFactory, SopCache sops, OfficeCalendars calendars, TimeProvider clock)
{
    public const int MaxCards = 500;

    /// <summary>Tugas Saya: running steps the actor's role may complete, the actor's own first, then by time left.</summary>
    public async Task<IReadOnlyList<StepCard>> TasksForAsync(Actor actor, CancellationToken ct = default)
    {
        var cards = await CardsAsync(actor, q => q.Where(s => s.Pelaksana.Contains(actor.Role)), null, ct);
        return cards.OrderByDescending(c => c.AssignedToMe).ThenBy(c => c.DueAt ?? DateTimeOffset.MaxValue).ToList();
    }

    /// <summary>The case list behind a dashboard number: running steps by SOP, step, lateness, waiting, holder.</summary>
    public async Task<IReadOnlyList<StepCard>> ListAsync(Actor actor, CaseFilter filter, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var cards = await CardsAsync(actor,
            q => q.Where(s => (filter.StepNo == null || s.StepNo == filter.StepNo)
                && (!filter.LateOnly || s.DueAt < now)
                && (!filter.WaitingOnly || s.WaitingSince != null)),
            c => filter.SopKode == null || c.SopKode == filter.SopKode, ct);
        return filter.Holder is null ? cards
            : cards.Where(c => filter.Holder == CaseFilter.Unassigned ? c.Assignee is null : c.AssigneeUserId == filter.Holder).ToList();
    }

    /// <summary>The seksi board: the running step of every active case, optionally of one SOP.</summary>
    public Task<IReadOnlyList<StepCard>> BoardAsync(Actor actor, int? seksiId, string? sopKode, CancellationToken ct = default) =>
        CardsAsync(actor, q => q, c => (seksiId == null || c.SeksiId == seksiId) && (sopKode == null || c.SopKode == sopKode), ct);

    private async Task<IReadOnlyList<StepCard>> CardsAsync(
        Actor actor, Func<IQueryable<CaseStep>, IQueryable<CaseStep>> stepFilter,
        System.Linq.Expressions.Expression<Func<Case, bool>>? caseFilter, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        var cases = db.Cases.Where(c => c.Status == CaseStatus.Aktif);
        if (caseFilter is not null) cases = cases.Where(caseFilter);
        var rows = await stepFilter(db.CaseSteps.Where(s => s.CompletedAt == null))
            .Join(cases, s => s.CaseId, c => c.Id, (s, c) => new { Step = s, Case = c })
            .OrderBy(x => x.Step.DueAt == null).ThenBy(x => x.Step.DueAt)
            .Take(MaxCards)
            .Select(x => new
            {
                x.Case.Id, x.Case.Nomor, x.Case.Version, StepId = x.Step.Id, x.Step.StepNo, x.Step.StartedAt, x.Step.DueAt, x.Step.Pelaksana,
                x.Case.SopKode, x.Case.SopNama, x.Case.SopRevisionId, x.Case.ClientIds,
                Assignments = x.Case.Assignments.ToList(),
            })
            .AsNoTracking()
            .ToListAsync(ct);

        var names = await ClientLabelsAsync(db, rows.SelectMany(r => r.ClientIds).Distinct().ToList(), ct);
        var calendar = await calendars.ForOfficeAsync(actor.OfficeId, ct);
        var now = clock.GetUtcNow();
        var cards = new List<StepCard>(rows.Count);
        foreach (var r in rows)
        {
            var def = (await sops.DefinitionAsync(r.SopRevisionId, ct)).Step(r.StepNo);
            var assignee = r.Assignments.FirstOrDefault(a => r.Pelaksana.Contains(a.Role));
            cards.Add(new StepCard(r.Id, r.Version, r.StepId, r.StepNo, def.Uraian, r.SopKode, r.SopNama,
                string.Join(", ", r.ClientIds.Select(id => names.GetValueOrDefault(id, "?"))),
                assignee?.Name, assignee?.UserId == actor.UserId, r.StartedAt, r.DueAt,
                DeadlineStatus.Evaluate(calendar, r.StartedAt, r.DueAt, now)) { AssigneeUserId = assignee?.UserId, SopRevisionId = r.SopRevisionId, Nomor = r.Nomor });
        }
        return cards;
    }

    /// <summary>"Nama (NIK ••••1234)": lists never show a whole NIK.</summary>
    public static async Task<Dictionary<Guid, string>> ClientLabelsAsync(PortalDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var clients = await db.Clients.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Nama, c.Nik }).ToListAsync(ct);
        return clients.ToDictionary(c => c.Id, c => $"{c.Nama} ({Nik.Mask(c.Nik)})");
    }

}
