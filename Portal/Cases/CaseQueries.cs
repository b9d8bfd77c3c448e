using Microsoft.EntityFrameworkCore;
using Portal.Components.Shared;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Clients;
using Portal.Domain.Sops;
using Portal.Offices;
using Portal.Sops;

namespace Portal.Cases;

/// <summary>
/// A running step as a board shows it: the office's shared step (<see cref="RunningStep"/>) seen by one member of
/// staff (who holds it, whether that is them, its deadline now). A view, not a copy: every open board builds its cards
/// on each change of the office, so a card is three references, not twenty fields.
/// </summary>
public sealed class StepCard
{
    private readonly RunningStep _step;
    private readonly CaseAssignment? _holder;

    internal StepCard(RunningStep step, CaseAssignment? holder, bool assignedToMe, DeadlineStatus deadline)
    {
        _step = step;
        _holder = holder;
        AssignedToMe = assignedToMe;
        Deadline = deadline;
    }

    public Guid CaseId => _step.CaseId;
    public int CaseVersion => _step.Version;
    public Guid StepId => _step.StepId;
    public int StepNo => _step.StepNo;
    public string Uraian => _step.Uraian;
    public string SopKode => _step.SopKode;
    public string SopNama => _step.SopNama;
    public string Klien => _step.Klien;
    public string? Assignee => _holder?.Name;
    public bool AssignedToMe { get; }
    public DateTimeOffset StartedAt => _step.StartedAt;
    public DateTimeOffset? DueAt => _step.DueAt;
    public DeadlineStatus Deadline { get; }
    public string? AssigneeUserId => _holder?.UserId;
    /// <summary>The case's register number (e.g. TRK-2026-00042).</summary>
    public string Nomor => _step.Nomor;
    /// <summary>The SOP revision the case runs under: a move is judged by its table, not the current one.</summary>
    public int SopRevisionId => _step.SopRevisionId;
    /// <summary>The step's number as the SOP table prints it.</summary>
    public string Label => _step.Label;
    /// <summary>The outside party who does the step (the applicant, the panti): the board shows it waiting on them.</summary>
    public string? MenungguPelaku => _step.Pelaku;
    /// <summary>The intake round the case belongs to, for an SOP run per angkatan.</summary>
    public string? Angkatan => _step.Angkatan;

    /// <summary>"Langkah 3: Asesmen".</summary>
    public string Title => _step.Title;
    /// <summary>The case number, with its intake round when it has one.</summary>
    public string NomorLine => _step.NomorLine;
    /// <summary>Client, case number, SOP (and intake round) on one line.</summary>
    public string TaskLine => _step.TaskLine;
    /// <summary>Who holds the step, as the one asking reads it.</summary>
    public string HolderLine => AssignedToMe ? "Ditugaskan kepada Anda" : _step.HolderLine;

    /// <summary>The case page (kept with the shared step: a board draws it on every card at every change).</summary>
    internal string CaseHref => _step.CaseHref;
    /// <summary>The case page at this step.</summary>
    internal string StepHref => _step.StepHref;
}

/// <summary>What Tugas Saya is narrowed to: words that must each appear in the client, case number, SOP or step; late steps only.</summary>
public sealed record TaskFilter(string? Search = null, bool LateOnly = false);

/// <summary>The first cards of a list and how many the list has.</summary>
public sealed record FirstCards(IReadOnlyList<StepCard> First, int Count);

/// <summary>The first tasks as drawn, how many match the filter, and how many the role has in all.</summary>
public sealed record TaskPage(IReadOnlyList<StepCard> First, int Matching, int Total);

/// <summary>How many running steps a board has at one step of one SOP.</summary>
public sealed record BoardColumnCount(string SopKode, int StepNo, int Count);

public sealed record CaseFilter(string? SopKode = null, int? StepNo = null, bool LateOnly = false, bool WaitingOnly = false, string? Holder = null)
{
    public const string Unassigned = "belum";
}

/// <summary>
/// Reads for the boards: the running steps of the office's active cases, loaded once per change of the office and
/// shared by every open board (<see cref="OfficeSnapshots"/>), then filtered and capped per page in memory.
/// </summary>
public sealed class CaseQueries(IDbContextFactory<PortalDbContext> dbFactory, SopCache sops, OfficeCalendars calendars,
    Live.OfficeSnapshots snapshots, TimeProvider clock, ILogger<CaseQueries> log)
{
    public const int MaxCards = 500;
    /// <summary>The running steps one office's boards share, most urgent first; far above any Dinas Sosial's caseload (docs/decisions/0013).</summary>
    public const int MaxShared = 20_000;
    /// <summary>Figures that move with the clock alone (the calendar an admin edits) are read again after this, change or not.</summary>
    private static readonly TimeSpan SharedFor = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Tugas Saya: the running steps the actor's role may complete (the <see cref="MaxCards"/> most urgent), those
    /// matching <paramref name="filter"/> with the actor's own first, then by time left; cards for the first
    /// <paramref name="take"/> only, as the page draws them (it is redrawn at every change of the office).
    /// </summary>
    public async Task<TaskPage> TaskPageAsync(Actor actor, TaskFilter filter, int take, CancellationToken ct = default)
    {
        var running = await RunningAsync(actor.OfficeId).WaitAsync(ct);
        var now = clock.GetUtcNow();
        var role = running.Steps.Where(s => s.Pelaksana.Contains(actor.Role)).Take(MaxCards).ToList();
        var words = (filter.Search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var matching = role.Where(s => (!filter.LateOnly || running.Status(s, now).State == DeadlineState.Terlambat) && HasEvery(s, words)).ToList();
        // Steps are most urgent first already; a stable sort puts the actor's own in front without reordering the rest.
        var first = matching.OrderByDescending(s => s.Holder?.UserId == actor.UserId).Take(take)
            .Select(s => Card(s, actor, running, now)).ToList();
        return new TaskPage(first, matching.Count, role.Count);
    }

    private static bool HasEvery(RunningStep step, string[] words)
    {
        foreach (var word in words)
            if (!step.Klien.Contains(word, StringComparison.OrdinalIgnoreCase) && !step.Nomor.Contains(word, StringComparison.OrdinalIgnoreCase)
                && !step.SopNama.Contains(word, StringComparison.OrdinalIgnoreCase) && !step.Uraian.Contains(word, StringComparison.OrdinalIgnoreCase))
                return false;
        return true;
    }

    /// <summary>Tugas Saya whole (up to <see cref="MaxCards"/>), in the order the page draws it.</summary>
    public async Task<IReadOnlyList<StepCard>> TasksForAsync(Actor actor, CancellationToken ct = default) =>
        (await TaskPageAsync(actor, new TaskFilter(), MaxCards, ct)).First;

    /// <summary>The case list behind a dashboard number: running steps by SOP, step, lateness, waiting, holder.</summary>
    public Task<IReadOnlyList<StepCard>> ListAsync(Actor actor, CaseFilter filter, CancellationToken ct = default) =>
        CardsAsync(actor, Matching(filter, clock.GetUtcNow()), ct);

    /// <summary>The first cards of a list and how many it has: a panel that shows a few of a long list builds only those.</summary>
    public async Task<FirstCards> FirstOfListAsync(Actor actor, CaseFilter filter, int take, CancellationToken ct = default)
    {
        var running = await RunningAsync(actor.OfficeId).WaitAsync(ct);
        var now = clock.GetUtcNow();
        var matching = running.Steps.Where(Matching(filter, now)).Take(MaxCards).ToList();
        return new FirstCards(matching.Take(take).Select(s => Card(s, actor, running, now)).ToList(), matching.Count);
    }

    private static Func<RunningStep, bool> Matching(CaseFilter filter, DateTimeOffset now) => s =>
        (filter.StepNo == null || s.StepNo == filter.StepNo)
        && (!filter.LateOnly || s.DueAt < now)
        && (!filter.WaitingOnly || s.WaitingSince != null)
        && (filter.SopKode == null || s.SopKode == filter.SopKode)
        && (filter.Holder == null || (filter.Holder == CaseFilter.Unassigned ? s.Holder is null : s.Holder?.UserId == filter.Holder));

    /// <summary>The seksi board: the running step of every active case, optionally of one SOP.</summary>
    public Task<IReadOnlyList<StepCard>> BoardAsync(Actor actor, int? seksiId, string? sopKode, CancellationToken ct = default) =>
        CardsAsync(actor, s => (seksiId == null || s.SeksiId == seksiId) && (sopKode == null || s.SopKode == sopKode), ct);

    /// <summary>The seksi board's column counts over every running step, exact however many cards the board draws.</summary>
    public async Task<IReadOnlyList<BoardColumnCount>> BoardCountsAsync(Actor actor, int? seksiId, string? sopKode, CancellationToken ct = default)
    {
        var running = await RunningAsync(actor.OfficeId);
        return running.Steps.Where(s => (seksiId == null || s.SeksiId == seksiId) && (sopKode == null || s.SopKode == sopKode))
            .GroupBy(s => (s.SopKode, s.StepNo)).Select(g => new BoardColumnCount(g.Key.SopKode, g.Key.StepNo, g.Count())).ToList();
    }

    private async Task<IReadOnlyList<StepCard>> CardsAsync(Actor actor, Func<RunningStep, bool> filter, CancellationToken ct)
    {
        var running = await RunningAsync(actor.OfficeId).WaitAsync(ct);
        var now = clock.GetUtcNow();
        return running.Steps.Where(filter).Take(MaxCards).Select(r => Card(r, actor, running, now)).ToList();
    }

    private static StepCard Card(RunningStep step, Actor actor, RunningSteps running, DateTimeOffset now) =>
        new(step, step.Holder, step.Holder?.UserId == actor.UserId, running.Status(step, now));

    /// <summary>The office's running steps as every board shares them (the dashboard counts its workload from them).</summary>
    internal Task<RunningSteps> RunningAsync(int officeId) =>
        snapshots.GetAsync(officeId, "langkah-berjalan", ct => LoadRunningAsync(officeId, ct), (before, cases, ct) => MendRunningAsync(officeId, before, cases, ct), SharedFor);

    private async Task<RunningSteps> LoadRunningAsync(int officeId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = officeId;
        var steps = await ReadRunningAsync(db, db.CaseSteps, MaxShared + 1, ct);
        var capped = steps.Count > MaxShared;
        if (capped)
        {
            log.LogWarning("Kantor {OfficeId} punya lebih dari {Max} langkah berjalan; papan menampilkan yang paling mendesak saja", officeId, MaxShared);
            steps.RemoveAt(steps.Count - 1);
        }
        return new RunningSteps(steps, await calendars.ForOfficeAsync(officeId, ct)) { Capped = capped };
    }

    /// <summary>
    /// After changes that each named a case: the office's read as it was, with those cases' running steps read again.
    /// A capped read is loaded whole (a case leaving it lets in one that was beyond the cap).
    /// </summary>
    private async Task<RunningSteps> MendRunningAsync(int officeId, RunningSteps before, IReadOnlySet<Guid> cases, CancellationToken ct)
    {
        if (before.Capped) return await LoadRunningAsync(officeId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = officeId;
        var ids = cases.ToList();
        var changed = await ReadRunningAsync(db, db.CaseSteps.Where(s => ids.Contains(s.CaseId)), MaxShared + 1, ct);
        var mended = before.Mend(cases, changed);
        return mended.Steps.Count > MaxShared ? await LoadRunningAsync(officeId, ct) : mended;
    }

    private async Task<List<RunningStep>> ReadRunningAsync(PortalDbContext db, IQueryable<CaseStep> steps, int take, CancellationToken ct)
    {
        var rows = await steps.Where(s => s.CompletedAt == null)
            .Join(db.Cases.Where(c => c.Status == CaseStatus.Aktif), s => s.CaseId, c => c.Id, (s, c) => new { Step = s, Case = c })
            .OrderBy(x => x.Step.DueAt == null).ThenBy(x => x.Step.DueAt).ThenBy(x => x.Step.Id)
            .Take(take)
            .Select(x => new
            {
                x.Case.Id, x.Case.Nomor, x.Case.Version, StepId = x.Step.Id, x.Step.StepNo, x.Step.StartedAt, x.Step.DueAt, x.Step.WarnAt,
                x.Step.WaitingSince, x.Step.Pelaksana, x.Case.SeksiId, x.Case.SopKode, x.Case.SopNama, x.Case.SopRevisionId, x.Case.ClientIds, x.Case.Angkatan,
                Assignments = x.Case.Assignments.ToList(),
            })
            .AsNoTracking()
            .ToListAsync(ct);
        var names = await ClientLabelsAsync(db, rows.SelectMany(r => r.ClientIds).Distinct().ToList(), ct);
        var running = new List<RunningStep>(rows.Count);
        foreach (var r in rows)
        {
            var def = (await sops.DefinitionAsync(r.SopRevisionId, ct)).Step(r.StepNo);
            running.Add(new RunningStep(0, r.Id, r.Nomor, r.Version, r.StepId, r.StepNo, def.Label, def.Uraian, r.StartedAt, r.DueAt, r.WarnAt,
                r.WaitingSince, r.Pelaksana, r.SeksiId, r.SopKode, r.SopNama, r.SopRevisionId, Klien(r.ClientIds, names), r.Assignments,
                def.Pelaku?.Nama, r.Angkatan));
        }
        return running;
    }

    /// <summary>"Nama (NIK ••••1234)": lists never show a whole NIK.</summary>
    public static async Task<Dictionary<Guid, string>> ClientLabelsAsync(PortalDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var clients = await db.Clients.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Nama, c.Nik }).ToListAsync(ct);
        return clients.ToDictionary(c => c.Id, c => $"{c.Nama} ({Nik.Mask(c.Nik)})");
    }

    /// <summary>A case's clients as one line, from labels read by <see cref="ClientLabelsAsync"/> ("?" for one not found).</summary>
    public static string Klien(IEnumerable<Guid> clientIds, IReadOnlyDictionary<Guid, string> labels) =>
        string.Join(", ", clientIds.Select(id => labels.GetValueOrDefault(id, "?")));
}

/// <summary>
/// A running step as every board of the office shares it (no one's view in it: who is asking shapes the card). The
/// lines a card shows are made here, once per step: every open board draws them at each change of the office, and one
/// string is one text node to diff and insert where its parts would be several (docs/decisions/0020).
/// </summary>
internal sealed record RunningStep(
    int Index, Guid CaseId, string Nomor, int Version, Guid StepId, int StepNo, string Label, string Uraian, DateTimeOffset StartedAt,
    DateTimeOffset? DueAt, DateTimeOffset? WarnAt, DateTimeOffset? WaitingSince, IReadOnlyList<StaffRole> Pelaksana, int? SeksiId,
    string SopKode, string SopNama, int SopRevisionId, string Klien, IReadOnlyList<CaseAssignment> Assignments, string? Pelaku, string? Angkatan)
{
    /// <summary>Whoever of the step's roles the case is assigned to.</summary>
    public CaseAssignment? Holder { get; } = HolderOf(Assignments, Pelaksana);
    public string CaseHref { get; } = $"kasus/{CaseId}";
    public string StepHref { get; } = $"kasus/{CaseId}#langkah-{StepId}";
    /// <summary>"Langkah 3: Asesmen", the step as a card names it.</summary>
    public string Title { get; } = $"Langkah {Label}: {Uraian}";
    /// <summary>"TRK-2026-00042 · Angkatan 2026-I": the case number, with the intake round of an SOP run per angkatan.</summary>
    public string NomorLine { get; } = Angkatan is null ? Nomor : string.Concat(Nomor, Format.Dot, Angkatan);
    /// <summary>"Nama (NIK ••••1234) · TRK-2026-00042 · Pemulangan Orang Terlantar": Tugas Saya's line under the title.</summary>
    public string TaskLine { get; } = Angkatan is null
        ? string.Join(Format.Dot, Klien, Nomor, SopNama)
        : string.Join(Format.Dot, Klien, Nomor, SopNama, Angkatan);
    /// <summary>The holder as anyone but the holder reads it.</summary>
    public string HolderLine { get; } = HolderOf(Assignments, Pelaksana) is { } holder ? $"Ditugaskan: {holder.Name}" : "Belum ditugaskan";

    private static CaseAssignment? HolderOf(IReadOnlyList<CaseAssignment> assignments, IReadOnlyList<StaffRole> pelaksana) =>
        assignments.FirstOrDefault(a => pelaksana.Contains(a.Role));
}

/// <summary>
/// The office's running steps, with each step's deadline status worked out once per clock minute for every board
/// (counting working time to a due date months away is the costly part). A minute in which a step's warning or
/// due instant falls is worked out at the exact moment, so "Terlambat" shows the moment it is true.
/// </summary>
internal sealed class RunningSteps
{
    // One object per minute, swapped by reference: a reader never sees one minute's number with another's statuses.
    private sealed record MinuteStatuses(long Minute, DeadlineStatus?[] Statuses);

    private MinuteStatuses _byMinute = new(-1, []);

    /// <param name="steps">In any order: kept most urgent first (due soonest, steps without a due date last), as the boards draw them.</param>
    public RunningSteps(IEnumerable<RunningStep> steps, WorkingCalendar calendar)
    {
        Calendar = calendar;
        Steps = steps.OrderBy(s => s.DueAt is null).ThenBy(s => s.DueAt?.UtcTicks).ThenBy(s => s.StepId)
            .Select((s, i) => s with { Index = i }).ToList();
    }

    public IReadOnlyList<RunningStep> Steps { get; }
    public WorkingCalendar Calendar { get; }
    /// <summary>More steps were running than one read holds (<see cref="CaseQueries.MaxShared"/>): the least urgent are not in it.</summary>
    public bool Capped { get; init; }

    /// <summary>
    /// This read with the running steps of <paramref name="cases"/> replaced by <paramref name="changed"/>. The other
    /// steps keep the statuses already worked out this minute: a change costs its case, not every card's working time again.
    /// </summary>
    public RunningSteps Mend(IReadOnlySet<Guid> cases, IEnumerable<RunningStep> changed)
    {
        var mended = new RunningSteps(Steps.Where(s => !cases.Contains(s.CaseId)).Concat(changed), Calendar);
        var known = Volatile.Read(ref _byMinute);
        if (known.Minute < 0) return mended;
        var statuses = new DeadlineStatus?[mended.Steps.Count];
        var was = Steps.ToDictionary(s => s.StepId, s => s.Index);
        foreach (var step in mended.Steps)
            if (!cases.Contains(step.CaseId) && was.TryGetValue(step.StepId, out var index)) statuses[step.Index] = known.Statuses[index];
        mended._byMinute = new MinuteStatuses(known.Minute, statuses);
        return mended;
    }

    public DeadlineStatus Status(RunningStep step, DateTimeOffset now)
    {
        var minute = now.UtcTicks / TimeSpan.TicksPerMinute;
        var start = new DateTimeOffset(minute * TimeSpan.TicksPerMinute, TimeSpan.Zero);
        if (InMinute(step.DueAt, start) || InMinute(step.WarnAt, start)) return DeadlineStatus.Evaluate(Calendar, step.StartedAt, step.DueAt, now);
        var cache = Volatile.Read(ref _byMinute);
        if (cache.Minute != minute)
        {
            cache = new MinuteStatuses(minute, new DeadlineStatus?[Steps.Count]);
            Volatile.Write(ref _byMinute, cache);
        }
        return cache.Statuses[step.Index] ??= DeadlineStatus.Evaluate(Calendar, step.StartedAt, step.DueAt, start);
    }

    private static bool InMinute(DateTimeOffset? instant, DateTimeOffset start) => instant is { } i && i >= start && i < start.AddMinutes(1);
}
