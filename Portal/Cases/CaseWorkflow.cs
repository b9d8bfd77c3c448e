using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Live;
using Portal.Notifications;
using Portal.Offices;
using Portal.Sops;

namespace Portal.Cases;

/// <summary>Another staff member changed the case between reading and saving. Nothing was saved.</summary>
public sealed class CaseChangedException() : Exception(
    "Kasus ini baru saja diubah oleh rekan Anda. Tampilan sudah diperbarui; isian Anda masih ada — periksa lalu kirim lagi.");

/// <summary>What one change of a case works on: the case with its steps, the revision it runs under, its office's calendar and the context it is saved in.</summary>
public sealed class CaseChange(Case kasus, SopRevisionRef sop, WorkingCalendar calendar, PortalDbContext db)
{
    public Case Case { get; } = kasus;
    public SopRevisionRef Sop { get; } = sop;
    public WorkingCalendar Calendar { get; } = calendar;
    public PortalDbContext Db { get; } = db;
    /// <summary>Users a change notified in the same transaction; their bells refresh with the event.</summary>
    public List<string> NotifiedUserIds { get; } = [];
}

/// <summary>
/// The one way a case changes: one context per action, the actor's office as the query scope, the case loaded with
/// its steps, optimistic concurrency on its version, and one board event after the save. Pages, attachments,
/// the admin's hand-over and the deadline sweep all come through <see cref="ChangeAsync"/>.
/// </summary>
public sealed class CaseWorkflow(IDbContextFactory<PortalDbContext> dbFactory, OfficeCalendars calendars, SopCache sops, BoardEvents events, TimeProvider clock)
{
    /// <summary>How often a change that does not depend on what the user saw (an attachment, a sweep mark) is tried against a moving case.</summary>
    private const int Attempts = 3;

    public async Task<Guid> OpenAsync(Actor actor, string sopKode, CaseOpening opening, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor.OfficeId, ct);
        var sop = await CurrentRevisionAsync(db, sopKode, ct);
        var clients = await db.Clients.CountAsync(c => opening.ClientIds.Contains(c.Id), ct);
        if (clients != opening.ClientIds.Distinct().Count()) throw new DomainRuleException("Klien tidak ditemukan.");
        var kasus = Case.Open(opening, sop, actor, await calendars.ForOfficeAsync(actor.OfficeId, ct), clock);
        db.Cases.Add(kasus);
        await db.SaveChangesAsync(ct);
        await PublishAsync(kasus, null, []);
        return kasus.Id;
    }

    public Task TickAsync(Actor actor, Guid caseId, int seenVersion, Guid stepId, string item, bool ticked, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, seenVersion, c => c.Case.TickKelengkapan(stepId, item, ticked, actor, c.Sop, clock), ct);

    public Task CompleteStepAsync(Actor actor, Guid caseId, int seenVersion, Guid stepId, StepCompletion completion, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, seenVersion, c => c.Case.CompleteStep(stepId, completion, actor, c.Sop, c.Calendar, clock), ct);

    public Task ReturnStepAsync(Actor actor, Guid caseId, int seenVersion, Guid stepId, string reason, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, seenVersion, c => c.Case.ReturnStep(stepId, reason, actor, c.Sop, c.Calendar, clock), ct);

    public Task StartWaitingAsync(Actor actor, Guid caseId, int seenVersion, Guid stepId, PihakRef party, string reason, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, seenVersion, c => c.Case.StartWaiting(stepId, party, reason, actor, c.Sop, clock), ct);

    /// <summary>Passes the step to its next turn (a draft to its signer); whoever holds it now is told in the bell, in the same save.</summary>
    public Task HandOverAsync(Actor actor, Guid caseId, int seenVersion, Guid stepId, string? catatan, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, seenVersion, async (c, token) =>
        {
            c.Case.HandOverStep(stepId, catatan, actor, c.Sop, clock);
            await NotifyNewHolderAsync(c, stepId, catatan, actor, token);
        }, ct);

    private async Task NotifyNewHolderAsync(CaseChange c, Guid stepId, string? catatan, Actor actor, CancellationToken ct)
    {
        var step = c.Case.Steps.Single(s => s.Id == stepId);
        var def = c.Sop.Definition.Step(step.StepNo);
        var now = clock.GetUtcNow();
        var users = (await NotificationCenter.RecipientsAsync(c.Db, c.Case, step.Pelaksana, now, ct)).Where(u => u != actor.UserId).ToList();
        var labels = await CaseQueries.ClientLabelsAsync(c.Db, c.Case.ClientIds, ct);
        var klien = CaseQueries.Klien(c.Case.ClientIds, labels);
        var note = string.IsNullOrWhiteSpace(catatan) ? "" : $" Catatan: {catatan.Trim()}";
        NotificationCenter.Add(c.Db, c.Case.OfficeId, c.Case.Id, users, CaseEventKind.LangkahDiserahkan.ToString(),
            $"Diserahkan oleh {actor.Name}: {klien} · {c.Case.Nomor} · langkah {def.Label} ({def.Uraian}), {c.Case.SopNama}.{note}", now);
        c.NotifiedUserIds.AddRange(users);
    }

    public Task StopWaitingAsync(Actor actor, Guid caseId, int seenVersion, Guid stepId, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, seenVersion, c => c.Case.StopWaiting(stepId, actor, c.Sop, c.Calendar, clock), ct);

    /// <summary>(Re)assigns a role on the case to a staff member of the same office.</summary>
    public Task AssignAsync(Actor actor, Guid caseId, int? seenVersion, StaffRole role, string userId, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, seenVersion, (c, token) => AssignOnAsync(c, role, userId, actor, token), ct);

    /// <summary>Within a change: assigns a role to a staff member of the case's office.</summary>
    public async Task AssignOnAsync(CaseChange c, StaffRole role, string userId, Actor actor, CancellationToken ct)
    {
        var user = await c.Db.Users.Where(u => u.Id == userId && u.OfficeId == c.Case.OfficeId).Select(u => u.FullName).SingleOrDefaultAsync(ct)
            ?? throw new DomainRuleException("Petugas tidak ditemukan di kantor Anda.");
        c.Case.Assign(role, userId, user, actor, clock);
    }

    public async Task<Guid> OpenBranchAsync(Actor actor, Guid caseId, int seenVersion, string kondisi, CancellationToken ct = default)
    {
        Case? opened = null;
        await ChangeAsync(actor, caseId, seenVersion, async (c, token) =>
        {
            var branch = c.Sop.Definition.Step(c.Case.CurrentStep?.StepNo ?? 0).Cabang.FirstOrDefault(b => b.Kondisi == kondisi)
                ?? throw new DomainRuleException($"Cabang '{kondisi}' tidak ada pada langkah ini.");
            var target = await CurrentRevisionAsync(c.Db, branch.SopKode, token);
            var child = c.Case.OpenBranch(kondisi, target, actor, c.Sop, c.Calendar, clock);
            c.Db.Cases.Add(child);
            opened = child;
        }, ct);
        await PublishAsync(opened!, null, []);
        return opened!.Id;
    }

    /// <summary>A client of the office registers with a running round.</summary>
    public Task AddApplicantAsync(Actor actor, Guid caseId, int seenVersion, Guid clientId, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, seenVersion, async (c, token) =>
        {
            var nama = await c.Db.Clients.Where(x => x.Id == clientId).Select(x => x.Nama).SingleOrDefaultAsync(token)
                ?? throw new DomainRuleException("Klien tidak ditemukan.");
            c.Case.AddApplicant(clientId, nama, actor, c.Sop, clock);
        }, ct);

    /// <summary>The round's selection: one verdict per applicant; returns the chosen beneficiaries' new cases.</summary>
    public async Task<IReadOnlyList<Guid>> SelectBeneficiariesAsync(
        Actor actor, Guid caseId, int seenVersion, Guid stepId, IReadOnlyList<(Guid ClientId, bool Terpilih, string? Alasan)> verdicts,
        StepCompletion completion, CancellationToken ct = default)
    {
        IReadOnlyList<Case> opened = [];
        await ChangeAsync(actor, caseId, seenVersion, async (c, token) =>
        {
            var names = await c.Db.Clients.Where(x => c.Case.ClientIds.Contains(x.Id)).Select(x => new { x.Id, x.Nama }).ToDictionaryAsync(x => x.Id, x => x.Nama, token);
            var choices = verdicts.Select(v => new CohortChoice(v.ClientId, names.GetValueOrDefault(v.ClientId, "Klien tidak dikenal"), v.Terpilih, v.Alasan)).ToList();
            opened = c.Case.SelectBeneficiaries(stepId, choices, completion, actor, c.Sop, c.Calendar, clock);
            c.Db.Cases.AddRange(opened);
        }, ct);
        foreach (var child in opened) await PublishAsync(child, null, []);
        return opened.Select(c => c.Id).ToList();
    }

    public Task<CaseChange> ChangeAsync(Actor actor, Guid caseId, int? seenVersion, Action<CaseChange> change, CancellationToken ct = default) =>
        ChangeAsync(actor, caseId, seenVersion, (c, _) =>
        {
            change(c);
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// Loads the case for <paramref name="actor"/>'s office, applies <paramref name="change"/>, saves and publishes.
    /// With <paramref name="seenVersion"/> (what the user's screen showed) a colleague's change in between refuses
    /// with <see cref="CaseChangedException"/>; without it the change is applied to the latest version, retried a
    /// few times if a colleague saves at the same moment. A change that records nothing saves and publishes nothing.
    /// </summary>
    public async Task<CaseChange> ChangeAsync(
        Actor actor, Guid caseId, int? seenVersion, Func<CaseChange, CancellationToken, Task> change, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await ScopedAsync(actor.OfficeId, ct);
            // History is append-only: it is not loaded, new entries are inserted.
            var kasus = await db.Cases.Include(c => c.Steps).SingleOrDefaultAsync(c => c.Id == caseId, ct)
                ?? throw new DomainRuleException("Kasus tidak ditemukan.");
            var readVersion = kasus.Version;
            if (seenVersion is { } seen && seen != readVersion) throw new CaseChangedException();
            var sop = await sops.RefAsync(kasus.SopRevisionId, ct);
            var before = kasus.CurrentStep?.Pelaksana.ToList() ?? [];
            var context = new CaseChange(kasus, sop, await calendars.ForOfficeAsync(kasus.OfficeId, ct), db);
            await change(context, ct);
            if (kasus.Version == readVersion && !db.ChangeTracker.HasChanges()) return context;
            if (await CaseSaves.TrySaveAsync(db, dbFactory, caseId, readVersion, ct))
            {
                // A change that took a running number (a letter's) opened a transaction: it commits with the case, or not at all.
                if (db.Database.CurrentTransaction is { } tx) await tx.CommitAsync(ct);
                await PublishAsync(kasus, before, context.NotifiedUserIds);
                return context;
            }
            if (seenVersion is not null || attempt == Attempts) throw new CaseChangedException();
        }
    }

    /// <summary>
    /// Changes many cases of one office that do not depend on what a user saw (the sweep's marks): one context,
    /// one query for the cases, one save, then one event per changed case. If a colleague saved one of them in
    /// between, the batch is dropped and each case goes through <see cref="ChangeAsync"/> on its own, so a
    /// conflict costs speed, never a lost or doubled change. <paramref name="change"/> sees every case at once,
    /// so it can look up what the cases share (client names, recipients) in one query.
    /// </summary>
    public async Task ChangeRunningStepsAsync(
        Actor actor, IReadOnlyCollection<Guid> caseIds, Func<IReadOnlyList<CaseChange>, CancellationToken, Task> change, CancellationToken ct = default)
    {
        if (caseIds.Count == 0 || await TryChangeTogetherAsync(actor, caseIds, change, ct)) return;
        foreach (var id in caseIds)
        {
            try
            {
                await ChangeAsync(actor, id, null, (c, token) => change([c], token), ct);
            }
            catch (CaseChangedException)
            {
                // Still moving after the retries: the next run judges its new state.
            }
        }
    }

    /// <returns>False when a colleague's save got in between: nothing of the batch was saved.</returns>
    private async Task<bool> TryChangeTogetherAsync(
        Actor actor, IReadOnlyCollection<Guid> caseIds, Func<IReadOnlyList<CaseChange>, CancellationToken, Task> change, CancellationToken ct)
    {
        var changes = new List<(CaseChange Change, int ReadVersion, IReadOnlyList<StaffRole> Before)>();
        await using (var db = await ScopedAsync(actor.OfficeId, ct))
        {
            var cases = await db.Cases.Include(c => c.Steps.Where(s => s.CompletedAt == null)).Where(c => caseIds.Contains(c.Id)).ToListAsync(ct);
            var calendar = await calendars.ForOfficeAsync(actor.OfficeId, ct);
            foreach (var kasus in cases)
            {
                var sop = await sops.RefAsync(kasus.SopRevisionId, ct);
                var before = kasus.CurrentStep?.Pelaksana.ToList() ?? [];
                changes.Add((new CaseChange(kasus, sop, calendar, db), kasus.Version, before));
            }
            await change(changes.Select(c => c.Change).ToList(), ct);
            // A hundred cases' values compared once, not again by each look at the tracker and by the save.
            db.ChangeTracker.DetectChanges();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            if (!db.ChangeTracker.HasChanges()) return true;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Concurrency (version) or the unique history sequence: both mean a colleague saved first.
                return false;
            }
        }
        foreach (var (c, readVersion, before) in changes.Where(c => c.Change.Case.Version != c.ReadVersion))
            await PublishAsync(c.Case, before, c.NotifiedUserIds);
        return true;
    }

    /// <summary>One event per change, naming the roles whose boards change: those of the step before and the step now running.</summary>
    private Task PublishAsync(Case kasus, IReadOnlyList<StaffRole>? rolesBefore, IReadOnlyList<string> notified)
    {
        var last = kasus.History.Count > 0 ? kasus.History[^1].Kind.ToString() : "Diubah";
        var step = kasus.CurrentStep;
        var roles = (rolesBefore ?? []).Concat(step?.Pelaksana ?? []).Distinct().Select(r => r.Code()).ToList();
        return events.PublishAsync(new BoardEvent(Guid.NewGuid(), kasus.OfficeId, kasus.SeksiId, kasus.Id, last, step?.StepNo, roles, clock.GetUtcNow())
        {
            SopKode = kasus.SopKode, CaseVersion = kasus.Version, NotifiedUserIds = notified.Distinct().ToList(),
        });
    }

    private async Task<PortalDbContext> ScopedAsync(int officeId, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = officeId;
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
        return await sops.RefAsync(revisionId, ct);
    }
}
