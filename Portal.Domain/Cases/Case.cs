using Portal.Domain.Calendar;
using Portal.Domain.Sops;

namespace Portal.Domain.Cases;

public enum CaseStatus { Aktif, Selesai }

/// <summary>The SOP revision a case runs under: its database id and its content.</summary>
public sealed record SopRevisionRef(int RevisionId, SopDefinition Definition);

/// <summary>A staff member assigned to a case for one role.</summary>
public sealed record CaseAssignment(StaffRole Role, string UserId, string Name);

/// <summary>A link from a case to a case opened from one of its branches.</summary>
public sealed record CaseLink(Guid LinkedCaseId, string Kondisi, string SopKode);

/// <summary>The follow-up monev visit an SOP prescribes after a case closes; the portal queues it as a task.</summary>
public sealed record FollowUpMonev(
    Guid CaseId, int OfficeId, string SopKode, string Title, StaffRole Role, DateTimeOffset PlannedAt, DateTimeOffset DueAt, DateTimeOffset RemindAt);

/// <summary>What intake knows when a case is opened.</summary>
public sealed record CaseOpening(
    int OfficeId,
    int? SeksiId,
    IReadOnlyList<Guid> ClientIds,
    IReadOnlyList<CaseAssignment> Assignments,
    string? DibawaOleh)
{
    /// <summary>The intake round's name, for an SOP run per angkatan ("Angkatan I 2026"); a dated name when left empty.</summary>
    public string? Angkatan { get; init; }
}

/// <summary>The selection step's verdict on one applicant of a round: chosen, or not with the reason.</summary>
public sealed record CohortChoice(Guid ClientId, string Nama, bool Terpilih, string? Alasan);

/// <summary>
/// A client case (kasus) run step by step under one SOP revision. Every change goes through a named method
/// that checks the current state and appends to the history.
/// </summary>
public sealed class Case
{
    private readonly List<Guid> _clientIds = [];
    private readonly List<CaseAssignment> _assignments = [];
    private readonly List<CaseStep> _steps = [];
    private readonly List<CaseLink> _links = [];
    private readonly List<CaseEvent> _history = [];
    private readonly List<FollowUpMonev> _plannedMonev = [];

    private Case() { }

    public Guid Id { get; private set; }
    /// <summary>The register number staff say and write (e.g. TRK-2026-00042); given once when the case is first saved.</summary>
    public string Nomor { get; private set; } = "";
    public int OfficeId { get; private set; }
    public int? SeksiId { get; private set; }
    public int SopRevisionId { get; private set; }
    public string SopKode { get; private set; } = "";
    public string SopNama { get; private set; } = "";
    public CaseStatus Status { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? DibawaOleh { get; private set; }
    public Guid? ParentCaseId { get; private set; }
    /// <summary>The intake round (angkatan) of an SOP run per round: on the round's case and on each beneficiary's.</summary>
    public string? Angkatan { get; private set; }
    /// <summary>The round's own case, whose clients are the applicants (a beneficiary's case has the round as parent).</summary>
    public bool IsRound => Angkatan is not null && ParentCaseId is null;
    public string? ParentKondisi { get; private set; }
    /// <summary>Bumped by every change; the optimistic-concurrency token.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<Guid> ClientIds => _clientIds;
    public IReadOnlyList<CaseAssignment> Assignments => _assignments;
    public IReadOnlyList<CaseStep> Steps => _steps;
    public IReadOnlyList<CaseLink> Links => _links;
    public IReadOnlyList<CaseEvent> History => _history;

    public CaseStep? CurrentStep => _steps.FirstOrDefault(s => !s.IsCompleted);

    /// <summary>Monev visits planned by closing the case and not yet queued (see <see cref="TakePlannedMonev"/>).</summary>
    public IReadOnlyList<FollowUpMonev> PlannedMonev => _plannedMonev;

    /// <summary>Hands the planned monev visits to whoever stores them, once.</summary>
    public IReadOnlyList<FollowUpMonev> TakePlannedMonev()
    {
        var planned = _plannedMonev.ToList();
        _plannedMonev.Clear();
        return planned;
    }

    /// <summary>Whether <paramref name="role"/> works cases under <paramref name="sop"/> (sees full NIK, attaches documents, records waits).</summary>
    public static bool Works(SopDefinition sop, StaffRole role) => sop.WorkingRoles.Contains(role);

    public static Case Open(CaseOpening opening, SopRevisionRef sop, Actor actor, WorkingCalendar calendar, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var kasus = Create(opening, sop, actor);
        if (sop.Definition.Angkatan is not null)
        {
            var name = opening.Angkatan?.Trim() is { Length: > 0 } given ? given : $"Angkatan {now:yyyy-MM-dd}";
            if (name.Length > 200) throw new DomainRuleException("Nama angkatan terlalu panjang (paling banyak 200 karakter).");
            kasus.Angkatan = name;
        }
        kasus.Record(CaseEventKind.Dibuka, actor, now, null,
            $"Kasus dibuka dengan SOP {sop.Definition.Nama}" + (kasus.Angkatan is { } round ? $" untuk {round} ({opening.ClientIds.Distinct().Count()} pendaftar)" : ""),
            null, sop.Definition.Kode);
        kasus.StartStep(sop.Definition.Langkah[0], actor, calendar, now);
        return kasus;
    }

    public void TickKelengkapan(Guid stepId, string item, bool ticked, Actor actor, SopRevisionRef sop, TimeProvider clock)
    {
        EnsureActor(actor, sop);
        var step = FindStep(stepId);
        var def = sop.Definition.Step(step.StepNo);
        if (step.Tick(def, actor, item, ticked))
        {
            TakeOnIfUnheld(def, actor, clock.GetUtcNow());
            Record(ticked ? CaseEventKind.KelengkapanDicentang : CaseEventKind.KelengkapanDibatalkan, actor, clock.GetUtcNow(), step.StepNo,
                $"{(ticked ? "Mencentang" : "Membatalkan centang")} kelengkapan '{item}'",
                ticked ? "belum" : "ada", ticked ? "ada" : "belum");
        }
    }

    /// <summary>Completes the step run <paramref name="stepId"/> and starts the next one the table or the decision names.</summary>
    public void CompleteStep(Guid stepId, StepCompletion completion, Actor actor, SopRevisionRef sop, WorkingCalendar calendar, TimeProvider clock)
    {
        EnsureActor(actor, sop);
        var step = FindStep(stepId);
        var def = sop.Definition.Step(step.StepNo);
        if (IsRound && sop.Definition.SelectsBeneficiaries(def))
            throw new DomainRuleException($"Langkah {def.Label} menetapkan penerima manfaat {Angkatan}: pilih pendaftar yang terpilih dan tulis alasan untuk yang tidak.");
        var now = clock.GetUtcNow();
        var party = step.WaitingLabel;
        step.Complete(def, actor, completion, calendar, now);
        TakeOnIfUnheld(def, actor, now);
        if (party is not null)
            Record(CaseEventKind.SelesaiMenunggu, actor, now, step.StepNo, $"Selesai menunggu {party}: langkah diselesaikan", party, null);
        var done = def.Pelaku is { } doer ? $"Mencatat langkah {def.Label} atas nama {doer.Nama}" : $"Menyelesaikan langkah {def.Label}";
        Record(CaseEventKind.LangkahSelesai, actor, now, step.StepNo,
            $"{done}: {def.Uraian}" + (completion.Keputusan is { } k ? $" — keputusan: {k}" : ""),
            "berjalan", step.Output is null ? "selesai" : $"selesai; output: {step.Output}");

        var next = sop.Definition.NextAfter(def, completion.Keputusan);
        if (next.StepNo is { } no) StartStep(sop.Definition.Step(no), actor, calendar, now);
        else Close(actor, sop.Definition, calendar, now);
    }

    /// <summary>An applicant registers with a running round (registration runs for weeks): they join its clients until the selection.</summary>
    public void AddApplicant(Guid clientId, string nama, Actor actor, SopRevisionRef sop, TimeProvider clock)
    {
        EnsureActor(actor, sop);
        if (!IsRound) throw new DomainRuleException("Pendaftar hanya dapat ditambahkan pada kasus angkatan.");
        if (!Works(sop.Definition, actor.Role))
            throw new DomainRuleException("Peran Anda tidak menangani kasus ini; pendaftar tidak dapat ditambahkan.");
        if (_clientIds.Contains(clientId)) throw new DomainRuleException($"{nama} sudah terdaftar di {Angkatan}.");
        _clientIds.Add(clientId);
        Record(CaseEventKind.PendaftarDitambahkan, actor, clock.GetUtcNow(), CurrentStep?.StepNo, $"Menambahkan pendaftar {nama} ke {Angkatan}", null, clientId.ToString());
    }

    /// <summary>
    /// The round's selection step: completes it with a verdict on every applicant; each chosen one goes on in a case of
    /// their own from the next step, the others are recorded with their reason, and the round's case closes.
    /// </summary>
    /// <returns>The beneficiaries' new cases, to be saved with this one.</returns>
    public IReadOnlyList<Case> SelectBeneficiaries(
        Guid stepId, IReadOnlyList<CohortChoice> choices, StepCompletion completion, Actor actor, SopRevisionRef sop, WorkingCalendar calendar, TimeProvider clock)
    {
        EnsureActor(actor, sop);
        var step = FindStep(stepId);
        var def = sop.Definition.Step(step.StepNo);
        if (!IsRound || !sop.Definition.SelectsBeneficiaries(def))
            throw new DomainRuleException("Langkah ini bukan penetapan penerima manfaat sebuah angkatan.");
        if (choices.FirstOrDefault(c => !_clientIds.Contains(c.ClientId)) is { } stranger)
            throw new DomainRuleException($"{stranger.Nama} bukan pendaftar {Angkatan}.");
        if (choices.GroupBy(c => c.ClientId).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new DomainRuleException($"{twice.First().Nama} ditentukan dua kali.");
        if (_clientIds.Count(id => choices.All(c => c.ClientId != id)) is > 0 and var open)
            throw new DomainRuleException($"Tentukan terpilih atau tidak untuk setiap pendaftar: {open} pendaftar belum ditentukan.");
        var unexplained = choices.Where(c => !c.Terpilih && string.IsNullOrWhiteSpace(c.Alasan)).Select(c => c.Nama).ToList();
        if (unexplained.Count > 0)
            throw new DomainRuleException($"Tuliskan alasan untuk pendaftar yang tidak terpilih: {string.Join(", ", unexplained)}.");
        if (choices.Any(c => c.Alasan?.Length > CaseStep.MaxTextLength))
            throw new DomainRuleException($"Alasan terlalu panjang (paling banyak {CaseStep.MaxTextLength} karakter).");

        var now = clock.GetUtcNow();
        step.Complete(def, actor, completion, calendar, now);
        TakeOnIfUnheld(def, actor, now);
        var chosen = choices.Where(c => c.Terpilih).ToList();
        Record(CaseEventKind.LangkahSelesai, actor, now, step.StepNo,
            $"Menetapkan penerima manfaat langkah {def.Label}: {chosen.Count} dari {choices.Count} pendaftar terpilih", "berjalan", "selesai");
        foreach (var c in choices.Where(c => !c.Terpilih))
            Record(CaseEventKind.PendaftarTidakTerpilih, actor, now, step.StepNo, $"{c.Nama} tidak terpilih: {c.Alasan!.Trim()}", null, c.ClientId.ToString());

        var next = sop.Definition.StepAfter(def.No);
        var children = new List<Case>();
        foreach (var c in chosen)
        {
            var child = Create(new CaseOpening(OfficeId, SeksiId, [c.ClientId], _assignments, DibawaOleh), sop, actor);
            child.ParentCaseId = Id;
            child.ParentKondisi = $"Terpilih pada {Angkatan}";
            child.Angkatan = Angkatan;
            child.Record(CaseEventKind.DibukaDariAngkatan, actor, now, null,
                $"Dibuka untuk {c.Nama}, penerima manfaat terpilih {Angkatan} (langkah 1–{def.Label} dikerjakan bersama angkatan)", null, Id.ToString());
            if (next is not null) child.StartStep(next, actor, calendar, now);
            else child.Close(actor, sop.Definition, calendar, now);
            _links.Add(new CaseLink(child.Id, $"Terpilih: {c.Nama}", sop.Definition.Kode));
            Record(CaseEventKind.PenerimaManfaatDitetapkan, actor, now, step.StepNo, $"{c.Nama} terpilih; kasusnya berlanjut sendiri", null, child.Id.ToString());
            children.Add(child);
        }
        Status = CaseStatus.Selesai;
        ClosedAt = now;
        Record(CaseEventKind.Ditutup, actor, now, null, $"Penetapan {Angkatan} selesai; penerima manfaat terpilih berlanjut di kasus masing-masing",
            nameof(CaseStatus.Aktif), nameof(CaseStatus.Selesai));
        return children;
    }

    /// <summary>A sign-off returns the case to the step run before it, with the reason on record.</summary>
    public void ReturnStep(Guid stepId, string reason, Actor actor, SopRevisionRef sop, WorkingCalendar calendar, TimeProvider clock)
    {
        EnsureActor(actor, sop);
        var step = FindStep(stepId);
        var def = sop.Definition.Step(step.StepNo);
        var now = clock.GetUtcNow();
        if (step.Tahap > 0)
        {
            // A hand-off's signer returns the draft to whoever prepared it: the same step, its first holder.
            step.SendBack(def, actor, reason);
            TakeOnIfUnheld(def, actor, now);
            Record(CaseEventKind.LangkahDikembalikan, actor, now, def.No,
                $"Mengembalikan langkah {def.Label} kepada {string.Join(" / ", def.StageRoles(0).Select(r => r.Label()))}: {reason.Trim()}",
                "menunggu pengesahan", "dikembalikan");
            return;
        }
        var index = _steps.IndexOf(step);
        if (index == 0) throw new DomainRuleException("Langkah pertama tidak dapat dikembalikan.");
        step.Return(def, actor, reason, calendar, now);
        TakeOnIfUnheld(def, actor, now);
        var previous = sop.Definition.Step(_steps[index - 1].StepNo);
        Record(CaseEventKind.LangkahDikembalikan, actor, now, def.No,
            $"Mengembalikan langkah {def.Label} ke langkah {previous.Label}: {reason.Trim()}", "menunggu pengesahan", "dikembalikan");
        StartStep(previous, actor, calendar, now);
    }

    /// <summary>A hand-off inside a step: the holder passes it on ("Staf → Kadis"); the step's time keeps running.</summary>
    public void HandOverStep(Guid stepId, string? catatan, Actor actor, SopRevisionRef sop, TimeProvider clock)
    {
        EnsureActor(actor, sop);
        var step = FindStep(stepId);
        var def = sop.Definition.Step(step.StepNo);
        if (catatan?.Length > CaseStep.MaxTextLength)
            throw new DomainRuleException($"Catatan terlalu panjang (paling banyak {CaseStep.MaxTextLength} karakter). Teks Anda belum disimpan; persingkat lalu coba lagi.");
        var now = clock.GetUtcNow();
        var from = string.Join(" / ", step.Pelaksana.Select(r => r.Label()));
        step.HandOver(def, actor);
        TakeOnIfUnheld(def, actor, now);
        var to = string.Join(" / ", step.Pelaksana.Select(r => r.Label()));
        Record(CaseEventKind.LangkahDiserahkan, actor, now, step.StepNo,
            $"Menyerahkan langkah {def.Label} kepada {to}" + (string.IsNullOrWhiteSpace(catatan) ? "" : $": {catatan.Trim()}"), from, to);
    }

    /// <summary>Opens a linked case under the SOP a branch of the current step names.</summary>
    public Case OpenBranch(string kondisi, SopRevisionRef target, Actor actor, SopRevisionRef sop, WorkingCalendar calendar, TimeProvider clock)
    {
        EnsureActor(actor, sop);
        var step = CurrentStep ?? throw new DomainRuleException("Kasus sudah selesai; tidak ada langkah yang dapat bercabang.");
        var branch = sop.Definition.Step(step.StepNo).Cabang.FirstOrDefault(b => b.Kondisi == kondisi)
            ?? throw new DomainRuleException($"Langkah {sop.Definition.LabelOf(step.StepNo)} tidak memiliki cabang '{kondisi}'.");
        if (branch.SopKode != target.Definition.Kode)
            throw new DomainRuleException($"Cabang '{kondisi}' menuju SOP {branch.SopKode}, bukan {target.Definition.Kode}.");

        var now = clock.GetUtcNow();
        var child = Create(new CaseOpening(OfficeId, SeksiId, _clientIds, _assignments, DibawaOleh), target, actor);
        child.ParentCaseId = Id;
        child.ParentKondisi = kondisi;
        child.Record(CaseEventKind.DibukaDariCabang, actor, now, null,
            $"Dibuka dari cabang '{kondisi}' pada langkah {sop.Definition.LabelOf(step.StepNo)} kasus SOP {SopNama}", null, Id.ToString());
        child.StartStep(target.Definition.Langkah[0], actor, calendar, now);

        _links.Add(new CaseLink(child.Id, kondisi, target.Definition.Kode));
        Record(CaseEventKind.CabangDibuka, actor, now, step.StepNo,
            $"Membuka kasus terkait ({target.Definition.Nama}) karena: {kondisi}", null, child.Id.ToString());
        return child;
    }

    /// <summary>Records that a document was attached; the file itself is kept by the portal's attachment store.</summary>
    public void RecordAttachment(string fileName, long bytes, Actor actor, SopRevisionRef sop, TimeProvider clock)
    {
        if (actor.OfficeId != OfficeId) throw new DomainRuleException("Kasus tidak ditemukan.");
        EnsureRevision(sop);
        if (!Works(sop.Definition, actor.Role))
            throw new DomainRuleException("Peran Anda tidak menangani kasus ini; berkas tidak dapat dilampirkan.");
        Record(CaseEventKind.BerkasDilampirkan, actor, clock.GetUtcNow(), CurrentStep?.StepNo,
            $"Melampirkan berkas '{fileName}' ({Math.Max(1, bytes / 1024)} KB)", null, fileName);
    }

    /// <summary>A letter or form issued for the case under its agenda number.</summary>
    public void RecordLetter(string judul, string nomor, Actor actor, SopRevisionRef sop, TimeProvider clock)
    {
        EnsureLetterAuthor(actor, sop);
        Record(CaseEventKind.SuratDibuat, actor, clock.GetUtcNow(), CurrentStep?.StepNo, $"Membuat {judul} nomor {nomor}", null, nomor);
    }

    /// <summary>An issued letter withdrawn: its number stays used, the reason is kept.</summary>
    public void RecordLetterVoided(string judul, string nomor, string reason, Actor actor, SopRevisionRef sop, TimeProvider clock)
    {
        EnsureLetterAuthor(actor, sop);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("Tuliskan alasan pembatalan surat.");
        Record(CaseEventKind.SuratDibatalkan, actor, clock.GetUtcNow(), CurrentStep?.StepNo, $"Membatalkan {judul} nomor {nomor}: {reason.Trim()}", nomor, null);
    }

    private void EnsureLetterAuthor(Actor actor, SopRevisionRef sop)
    {
        if (actor.OfficeId != OfficeId) throw new DomainRuleException("Kasus tidak ditemukan.");
        EnsureRevision(sop);
        if (!Works(sop.Definition, actor.Role))
            throw new DomainRuleException("Peran Anda tidak menangani kasus ini; surat tidak dapat dibuat.");
    }

    /// <summary>The step now waits on an outside party (the province's funds, the Disnaker agreement, the panti).</summary>
    public void StartWaiting(Guid stepId, PihakRef party, string reason, Actor actor, SopRevisionRef sop, TimeProvider clock)
    {
        EnsureActor(actor, sop);
        var step = FindStep(stepId);
        var now = clock.GetUtcNow();
        var def = sop.Definition.Step(step.StepNo);
        step.StartWaiting(def, actor, party, reason, now);
        TakeOnIfUnheld(def, actor, now);
        Record(CaseEventKind.MenungguPihakLuar, actor, now, step.StepNo, $"Menunggu {party.Nama}: {reason.Trim()}", null, party.Nama);
    }

    public void StopWaiting(Guid stepId, Actor actor, SopRevisionRef sop, WorkingCalendar calendar, TimeProvider clock)
    {
        EnsureActor(actor, sop);
        var step = FindStep(stepId);
        var party = step.WaitingLabel;
        var now = clock.GetUtcNow();
        var def = sop.Definition.Step(step.StepNo);
        var waited = step.StopWaiting(def, actor, calendar, now);
        TakeOnIfUnheld(def, actor, now);
        Record(CaseEventKind.SelesaiMenunggu, actor, now, step.StepNo,
            $"Selesai menunggu {party} ({WorkingDuration.Describe(waited, calendar.Hours.UsualDay)} kerja)" +
            (def.JedaSaatMenunggu ? $"; batas waktu bergeser ke {calendar.ToOfficeTime(step.DueAt!.Value):dd-MM-yyyy HH:mm}" : ""),
            party, null);
    }

    /// <summary>Timed work: warns, flags late and escalates the running step once each, at their instants.</summary>
    /// <returns>What happened, for the notifications.</returns>
    public IReadOnlyList<CaseEventKind> ApplyDeadlines(SopRevisionRef sop, WorkingCalendar calendar, TimeProvider clock)
    {
        EnsureRevision(sop);
        var happened = new List<CaseEventKind>();
        if (Status != CaseStatus.Aktif || CurrentStep is not { } step) return happened;
        var now = clock.GetUtcNow();
        var def = sop.Definition.Step(step.StepNo);
        var system = Actor.System(OfficeId);
        if (step.Warn(now))
        {
            happened.Add(CaseEventKind.MendekatiBatas);
            Record(CaseEventKind.MendekatiBatas, system, now, step.StepNo,
                $"Langkah {def.Label} mendekati batas waktu ({calendar.ToOfficeTime(step.DueAt!.Value):dd-MM-yyyy HH:mm})", null, null);
        }
        var escalateAt = def.IsLongAssessment && step.DueAt is { } due ? calendar.CloseOfNextWorkingDay(due) : (DateTimeOffset?)null;
        if (step.FlagLate(now, escalateAt))
        {
            happened.Add(CaseEventKind.Terlambat);
            Record(CaseEventKind.Terlambat, system, now, step.StepNo, $"Langkah {def.Label} melewati batas waktu {def.Waktu}", null, null);
        }
        if (step.Escalate(now))
        {
            happened.Add(CaseEventKind.Eskalasi);
            Record(CaseEventKind.Eskalasi, system, now, step.StepNo, $"Asesmen langkah {def.Label} masih terlambat satu hari kerja; diteruskan ke Kepala Dinas", null, null);
        }
        return happened;
    }

    /// <summary>Gives the case its register number; a number, once given, is never changed.</summary>
    public void Register(CaseNumber nomor)
    {
        if (Nomor.Length > 0) throw new InvalidOperationException($"Kasus {Id} sudah bernomor {Nomor}.");
        Nomor = nomor.ToString();
    }

    /// <summary>Roles that may (re)assign staff on a case.</summary>
    public static bool CanAssign(StaffRole role) => role is StaffRole.Koordinator or StaffRole.Kabid or StaffRole.Kadis or StaffRole.Admin;

    public void Assign(StaffRole role, string userId, string name, Actor actor, TimeProvider clock)
    {
        EnsureActor(actor);
        if (!CanAssign(actor.Role))
            throw new DomainRuleException("Hanya koordinator, kepala bidang, kepala dinas atau admin yang dapat menugaskan ulang.");
        var existing = _assignments.FirstOrDefault(a => a.Role == role);
        if (existing?.UserId == userId) return;
        if (existing is not null) _assignments.Remove(existing);
        _assignments.Add(new CaseAssignment(role, userId, name));
        Record(CaseEventKind.Ditugaskan, actor, clock.GetUtcNow(), CurrentStep?.StepNo,
            existing is null ? $"Menugaskan {role.Label()}: {name}" : $"Menugaskan ulang {role.Label()}: {name} (sebelumnya {existing.Name})",
            existing?.Name, name);
    }

    private static Case Create(CaseOpening opening, SopRevisionRef sop, Actor actor)
    {
        if (sop.Definition.Jenis != SopDocumentKind.Sop)
            throw new DomainRuleException("Kasus hanya dapat dibuka dengan SOP, bukan Standar Pelayanan.");
        if (opening.OfficeId != actor.OfficeId)
            throw new DomainRuleException("Kasus hanya dapat dibuka untuk kantor Anda sendiri.");
        if (actor.Role == StaffRole.Admin)
            throw new DomainRuleException("Admin tidak menangani kasus; masuk dengan akun petugas untuk membuka kasus.");
        if (opening.ClientIds.Count == 0)
            throw new DomainRuleException("Kasus memerlukan setidaknya satu klien (penerima manfaat).");
        var kasus = new Case
        {
            Id = Guid.CreateVersion7(),
            OfficeId = opening.OfficeId,
            SeksiId = opening.SeksiId,
            SopRevisionId = sop.RevisionId,
            SopKode = sop.Definition.Kode,
            SopNama = sop.Definition.Nama,
            Status = CaseStatus.Aktif,
            OpenedAt = DateTimeOffset.MinValue,
            DibawaOleh = string.IsNullOrWhiteSpace(opening.DibawaOleh) ? null : opening.DibawaOleh.Trim(),
        };
        kasus._clientIds.AddRange(opening.ClientIds.Distinct());
        kasus._assignments.AddRange(opening.Assignments.GroupBy(a => a.Role).Select(g => g.Last()));
        return kasus;
    }

    private void StartStep(SopStep def, Actor actor, WorkingCalendar calendar, DateTimeOffset now)
    {
        if (OpenedAt == DateTimeOffset.MinValue) OpenedAt = now;
        var deadline = def.Waktu is null ? null : calendar.DueAt(now, def.Waktu);
        var step = new CaseStep(Id, OfficeId, _steps.Count + 1, def, now, deadline, calendar);
        _steps.Add(step);
        Record(CaseEventKind.LangkahDimulai, actor, now, def.No,
            $"Langkah {def.Label} dimulai: {def.Uraian}" + (deadline is null ? "" : $" (batas waktu {calendar.ToOfficeTime(deadline.DueAt):dd-MM-yyyy HH:mm})"),
            null, null);
    }

    private void Close(Actor actor, SopDefinition sop, WorkingCalendar calendar, DateTimeOffset now)
    {
        Status = CaseStatus.Selesai;
        ClosedAt = now;
        Record(CaseEventKind.Ditutup, actor, now, null, "Kasus selesai", nameof(CaseStatus.Aktif), nameof(CaseStatus.Selesai));
        if (sop.MonevSetelahSelesai is { } interval)
        {
            // The peksos visits where the SOP has one; otherwise whoever did the last step.
            var role = sop.WorkingRoles.Contains(StaffRole.Peksos) ? StaffRole.Peksos : sop.Langkah[^1].Pelaksana[0];
            var due = calendar.DueAt(now, interval).DueAt;
            _plannedMonev.Add(new FollowUpMonev(Id, OfficeId, sop.Kode, $"Kunjungan monev {interval} setelah kasus {sop.Nama} selesai",
                role, now, due, calendar.WarningAt(now, due)));
        }
    }

    /// <summary>
    /// Whoever acts on a step for a role nobody holds on this case becomes that role's staff, so workload and the
    /// header name someone; a coordinator can still reassign.
    /// </summary>
    private void TakeOnIfUnheld(SopStep def, Actor actor, DateTimeOffset now)
    {
        var holds = def.Pelaksana.Contains(actor.Role) || def.SerahTerima.Any(stage => stage.Contains(actor.Role));
        if (actor.UserId == Actor.SystemUserId || !holds || _assignments.Any(a => a.Role == actor.Role)) return;
        _assignments.Add(new CaseAssignment(actor.Role, actor.UserId, actor.Name));
        Record(CaseEventKind.Ditugaskan, actor, now, def.No,
            $"{actor.Name} menjadi {actor.Role.Label()} kasus ini (menangani langkah {def.Label})", null, actor.Name);
    }

    private CaseStep FindStep(Guid stepId) =>
        _steps.FirstOrDefault(s => s.Id == stepId) ?? throw new DomainRuleException("Langkah tidak ditemukan pada kasus ini.");

    private void EnsureActor(Actor actor, SopRevisionRef sop)
    {
        EnsureRevision(sop);
        EnsureActor(actor);
    }

    private void EnsureActor(Actor actor)
    {
        // Answer as if the case did not exist: another office must learn nothing of it.
        if (actor.OfficeId != OfficeId) throw new DomainRuleException("Kasus tidak ditemukan.");
        if (Status == CaseStatus.Selesai) throw new DomainRuleException("Kasus sudah selesai; tidak ada perubahan yang dapat dilakukan.");
    }

    /// <summary>A case runs under the revision it opened with; rules from any other revision would judge it wrongly.</summary>
    private void EnsureRevision(SopRevisionRef sop)
    {
        if (sop.RevisionId != SopRevisionId || sop.Definition.Kode != SopKode)
            throw new InvalidOperationException($"Kasus {Id} berjalan dengan revisi SOP {SopRevisionId}, bukan {sop.RevisionId}.");
    }

    private void Record(CaseEventKind kind, Actor actor, DateTimeOffset at, int? stepNo, string description, string? before, string? after)
    {
        Version++;
        _history.Add(new CaseEvent(Id, OfficeId, Version, kind, actor, at, stepNo, description, before, after));
    }
}
