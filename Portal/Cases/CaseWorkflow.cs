using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Offices;
using Portal.Deadlines;
using Portal.Domain.Sops;
using Portal.Live;
using Portal.Sops;

namespace Portal.Cases;

/// <summary>Another staff member changed the case between reading and saving. Nothing was saved.</summary>
public sealed class CaseChangedException() : Exception(
    "Kasus ini baru saja diubah oleh rekan Anda. Tampilan sudah diperbarui; isian Anda masih ada — periksa lalu kirim lagi.");

/// <summary>
/// Runs the case aggregate's rules against the database: one context per action, the actor's office as
/// the query scope, and optimistic concurrency on the case's version.
/// </summary>
public sealed class CaseWorkflow(IDbContextFactory<PortalDbContext> dbFactory, OfficeCalendars calendars, SopCache sops, BoardEvents events, TimeProvider clock)
{
    public async Task<Guid> OpenAsync(Actor actor, string sopKode, CaseOpening opening, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        var sop = await CurrentRevisionAsync(db, sopKode, ct);
        var clients = await db.Clients.CountAsync(c => opening.ClientIds.Contains(c.Id), ct);
        if (clients != opening.ClientIds.Distinct().Count()) throw new DomainRuleException("Klien tidak ditemukan.");
        var kasus = Case.Open(opening, sop, actor, await calendars.ForOfficeAsync(actor.OfficeId, ct), clock);
        db.Cases.Add(kasus);
        await db.SaveChangesAsync(ct);
        await PublishAsync(kasus, sop.Definition);
        return kasus.Id;
    }

    public Task TickAsync(Actor actor, Guid caseId, int seenVersion, Guid stepId, string item, bool ticked, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, seenVersion, (kasus, sop, _, _) =>
        {
            kasus.TickKelengkapan(stepId, item, ticked, actor, sop, clock);
            return Task.CompletedTask;
        }, ct);

    public Task CompleteStepAsync(Actor actor, Guid caseId, int seenVersion, Guid stepId, StepCompletion completion, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, seenVersion, async (kasus, sop, _, token) =>
            kasus.CompleteStep(stepId, completion, actor, sop, await calendars.ForOfficeAsync(actor.OfficeId, token), clock), ct);

    public Task ReturnStepAsync(Actor actor, Guid caseId, int seenVersion, Guid stepId, string reason, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, seenVersion, async (kasus, sop, _, token) =>
            kasus.ReturnStep(stepId, reason, actor, sop, await calendars.ForOfficeAsync(actor.OfficeId, token), clock), ct);

    public Task StartWaitingAsync(Actor actor, Guid caseId, int seenVersion, Guid stepId, PihakLuar party, string reason, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, seenVersion, (kasus, sop, _, _) =>
        {
            kasus.StartWaiting(stepId, party, reason, actor, sop, clock);
            return Task.CompletedTask;
        }, ct);

    public Task StopWaitingAsync(Actor actor, Guid caseId, int seenVersion, Guid stepId, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, seenVersion, async (kasus, sop, _, token) =>
            kasus.StopWaiting(stepId, actor, sop, await calendars.ForOfficeAsync(actor.OfficeId, token), clock), ct);

    /// <summary>(Re)assigns a role on the case to a staff member of the same office.</summary>
    public Task AssignAsync(Actor actor, Guid caseId, int seenVersion, Domain.Sops.StaffRole role, string userId, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, seenVersion, async (kasus, _, db, token) =>
        {
            var user = await db.Users.Where(u => u.Id == userId && u.OfficeId == actor.OfficeId).Select(u => u.FullName).SingleOrDefaultAsync(token)
                ?? throw new DomainRuleException("Petugas tidak ditemukan di kantor Anda.");
            kasus.Assign(role, userId, user, actor, clock);
        }, ct);

    public async Task<Guid> OpenBranchAsync(Actor actor, Guid caseId, int seenVersion, string kondisi, CancellationToken ct = default)
    {
        (Case Case, Domain.Sops.SopDefinition Sop)? opened = null;
        await ChangeAsync(actor, caseId, seenVersion, async (kasus, sop, db, token) =>
        {
            var branch = sop.Step(kasus.CurrentStep?.StepNo ?? 0).Cabang.FirstOrDefault(b => b.Kondisi == kondisi)
                ?? throw new DomainRuleException($"Cabang '{kondisi}' tidak ada pada langkah ini.");
            var target = await CurrentRevisionAsync(db, branch.SopKode, token);
            var child = kasus.OpenBranch(kondisi, target, actor, sop, await calendars.ForOfficeAsync(actor.OfficeId, token), clock);
            db.Cases.Add(child);
            opened = (child, target.Definition);
        }, ct);
        await PublishAsync(opened!.Value.Case, opened.Value.Sop);
        return opened.Value.Case.Id;
    }

    private async Task ChangeAsync(
        Actor actor, Guid caseId, int seenVersion,
        Func<Case, Domain.Sops.SopDefinition, PortalDbContext, CancellationToken, Task> change, CancellationToken ct)
    {
        await using var db = await ScopedAsync(actor, ct);
        // History is append-only: it is not loaded, new entries are inserted.
        var kasus = await db.Cases.Include(c => c.Steps).SingleOrDefaultAsync(c => c.Id == caseId, ct)
            ?? throw new DomainRuleException("Kasus tidak ditemukan.");
        if (kasus.Version != seenVersion) throw new CaseChangedException();
        var sop = await sops.DefinitionAsync(kasus.SopRevisionId, ct);
        var wasOpen = kasus.Status == CaseStatus.Aktif;
        await change(kasus, sop, db, ct);
        if (wasOpen && kasus.Status == CaseStatus.Selesai)
            MonevPlanner.ForClosedCase(db, kasus, sop, await calendars.ForOfficeAsync(kasus.OfficeId, ct), clock.GetUtcNow());
        if (!await CaseSaves.TrySaveAsync(db, dbFactory, caseId, seenVersion, ct)) throw new CaseChangedException();
        await PublishAsync(kasus, sop);
    }

    /// <summary>One event per change, naming the roles of the step now running (their boards change).</summary>
    private Task PublishAsync(Case kasus, Domain.Sops.SopDefinition sop)
    {
        var last = kasus.History.Count > 0 ? kasus.History[^1].Kind.ToString() : "Diubah";
        var step = kasus.CurrentStep;
        var roles = step is null ? [] : sop.Step(step.StepNo).Pelaksana.Select(r => r.Code()).ToList();
        return events.PublishAsync(new BoardEvent(Guid.NewGuid(), kasus.OfficeId, kasus.SeksiId, kasus.Id, last, step?.StepNo, roles, clock.GetUtcNow()));
    }

    private async Task<PortalDbContext> ScopedAsync(Actor actor, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        return db;
    }

    private async Task<SopRevisionRef> CurrentRevisionAsync(PortalDbContext db, string sopKode, CancellationToken ct)
    {
        var revisionId = await db.SopRevisions
            .Where(r => db.Sops.Any(s => s.Id == r.SopId && s.Kode == sopKode))
            .OrderByDescending(r => r.Number)
            .Select(r => (int?)r.Id)
            .FirstOrDefaultAsync(ct)
            ?? throw new DomainRuleException($"SOP '{sopKode}' tidak ditemukan di kantor Anda.");
        return new SopRevisionRef(revisionId, await sops.DefinitionAsync(revisionId, ct));
    }
}
