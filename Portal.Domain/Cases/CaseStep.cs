using Portal.Domain.Calendar;
using Portal.Domain.Sops;

namespace Portal.Domain.Cases;

public enum Jawaban { Ya, Tidak }

/// <summary>How a step run ended: done, or returned by a sign-off to the step before.</summary>
public enum StepOutcome { Selesai, Dikembalikan }

/// <summary>What the staff member records when finishing a step.</summary>
public sealed record StepCompletion(string? Output, Jawaban? Keputusan, string? Catatan);

/// <summary>One run of an SOP step within a case. A step revisited after a "Tidak" is a new run.</summary>
public sealed class CaseStep
{
    public const int MaxTextLength = 4000;

    private readonly List<string> _kelengkapanTicked = [];

    private CaseStep() { }

    internal CaseStep(Guid caseId, int officeId, int sequence, SopStep def, DateTimeOffset startedAt, Deadline? deadline, WorkingCalendar calendar)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        OfficeId = officeId;
        Sequence = sequence;
        StepNo = def.No;
        Pelaksana = def.StageRoles(0).ToList();
        StartedAt = startedAt;
        DueAt = deadline?.DueAt;
        HolidaysMissing = deadline?.HolidaysMissing ?? false;
        WarnAt = DueAt is { } due ? calendar.WarningAt(startedAt, due) : null;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    /// <summary>The case's office, kept on the row so office isolation is a filter on this table too.</summary>
    public int OfficeId { get; private set; }
    /// <summary>Order of this run within the case, from 1.</summary>
    public int Sequence { get; private set; }
    public int StepNo { get; private set; }
    /// <summary>The roles holding this run now, as the SOP said when it started (boards query by role); moves on at a hand-off.</summary>
    public IReadOnlyList<StaffRole> Pelaksana { get; private set; } = [];
    /// <summary>Which holder of a hand-off step has it (0 = the first); always 0 for a step one role does.</summary>
    public int Tahap { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? DueAt { get; private set; }
    /// <summary>The due time crossed a year with no holiday data: it counts weekends only there.</summary>
    public bool HolidaysMissing { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public string? CompletedByUserId { get; private set; }
    public string? CompletedByName { get; private set; }
    public IReadOnlyList<string> KelengkapanTicked => _kelengkapanTicked;
    public string? Output { get; private set; }
    public Jawaban? Keputusan { get; private set; }
    public string? Catatan { get; private set; }
    public StepOutcome? Outcome { get; private set; }

    /// <summary>When the step is close to due (its warning share of working time used).</summary>
    public DateTimeOffset? WarnAt { get; private set; }
    public DateTimeOffset? WarnedAt { get; private set; }
    public DateTimeOffset? LateFlaggedAt { get; private set; }
    /// <summary>For a late long assessment: when it escalates to the kadis if still open.</summary>
    public DateTimeOffset? EscalateAt { get; private set; }
    public DateTimeOffset? EscalatedAt { get; private set; }

    public PihakLuar? WaitingFor { get; private set; }
    /// <summary>Whom the step waits on, by name: an office's own party (kantor.yaml) is more than its kind.</summary>
    public string? WaitingForNama { get; private set; }
    public string? WaitingLabel => WaitingForNama ?? WaitingFor?.Label();
    public string? WaitingReason { get; private set; }
    public DateTimeOffset? WaitingSince { get; private set; }
    /// <summary>Office time spent waiting on outside parties in finished waits.</summary>
    public TimeSpan WaitedTotal { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    internal bool Tick(SopStep def, Actor by, string item, bool ticked)
    {
        EnsureOpen();
        EnsureRole(def, by);
        if (!def.Kelengkapan.Any(k => k.Nama == item))
            throw new DomainRuleException($"'{item}' bukan kelengkapan langkah {def.Label}.");
        if (ticked == _kelengkapanTicked.Contains(item)) return false;
        if (ticked) _kelengkapanTicked.Add(item);
        else _kelengkapanTicked.Remove(item);
        return true;
    }

    /// <summary>
    /// Why <paramref name="role"/> cannot complete this step now with the answer given, in the order a person fixes them;
    /// empty when it can. <see cref="Complete"/> refuses with the first; screens show them all before the click.
    /// </summary>
    public IReadOnlyList<string> WhyCannotComplete(SopStep def, StaffRole role, Jawaban? keputusan)
    {
        var reasons = new List<string>();
        if (IsCompleted) reasons.Add($"Langkah {def.Label} sudah diselesaikan oleh {CompletedByName}; tidak dapat diubah lagi.");
        if (Tahap < def.StageCount - 1)
            reasons.Add(def.StageRoles(Tahap).Contains(role)
                ? $"Langkah {def.Label} diselesaikan oleh {Roles(def.Pelaksana)}; serahkan lebih dulu kepada {Roles(def.StageRoles(Tahap + 1))}."
                : $"Langkah {def.Label} sedang dipegang {Roles(def.StageRoles(Tahap))}; peran Anda ({role.Label()}) belum dapat menyelesaikannya.");
        else if (!def.Pelaksana.Contains(role))
            reasons.Add($"Langkah {def.Label} dikerjakan oleh {Roles(def.Pelaksana)}; " +
                        $"peran Anda ({role.Label()}) tidak dapat menyelesaikannya.");
        var missing = def.Kelengkapan.Where(k => k.Wajib && !_kelengkapanTicked.Contains(k.Nama)).Select(k => k.Nama).ToList();
        if (missing.Count > 0) reasons.Add($"Kelengkapan belum lengkap: {string.Join(", ", missing)}.");
        if (def.Keputusan is not null && keputusan is null)
            reasons.Add($"Langkah ini memerlukan keputusan: {def.Keputusan.Pertanyaan} Pilih Ya atau Tidak.");
        if (def.Keputusan is null && keputusan is not null) reasons.Add("Langkah ini tidak memiliki keputusan Ya/Tidak.");
        return reasons;
    }

    internal void Complete(SopStep def, Actor by, StepCompletion completion, WorkingCalendar calendar, DateTimeOffset now)
    {
        if (WhyCannotComplete(def, by.Role, completion.Keputusan) is [var first, ..]) throw new DomainRuleException(first);
        if (completion.Output?.Length > MaxTextLength || completion.Catatan?.Length > MaxTextLength)
            throw new DomainRuleException($"Output atau catatan terlalu panjang (paling banyak {MaxTextLength} karakter). Teks Anda belum disimpan; persingkat lalu coba lagi.");

        EndWait(calendar, now);
        Finish(StepOutcome.Selesai, by, now, completion.Output, completion.Catatan);
        Keputusan = completion.Keputusan;
    }

    /// <summary>A sign-off step sends the case back to the step before, with the reason.</summary>
    internal void Return(SopStep def, Actor by, string reason, WorkingCalendar calendar, DateTimeOffset now)
    {
        CheckReturn(def, by, reason);
        EndWait(calendar, now);
        Finish(StepOutcome.Dikembalikan, by, now, null, reason);
    }

    /// <summary>A hand-off: the holder passes the step to the next holder the SOP names ("Staf → Kadis").</summary>
    internal void HandOver(SopStep def, Actor by)
    {
        EnsureOpen();
        EnsureRole(def, by);
        if (Tahap >= def.StageCount - 1)
            throw new DomainRuleException($"Langkah {def.Label} sudah dipegang {Roles(def.Pelaksana)}, yang menyelesaikannya; tidak ada serah terima lagi.");
        Tahap++;
        Pelaksana = def.StageRoles(Tahap).ToList();
    }

    /// <summary>The last holder of a hand-off sends the step back to its first holder (a draft returned unsigned).</summary>
    internal void SendBack(SopStep def, Actor by, string reason)
    {
        CheckReturn(def, by, reason);
        Tahap = 0;
        Pelaksana = def.StageRoles(0).ToList();
    }

    private void CheckReturn(SopStep def, Actor by, string reason)
    {
        EnsureOpen();
        EnsureRole(def, by);
        if (!def.IsSignOff)
            throw new DomainRuleException($"Langkah {def.Label} bukan langkah pengesahan; hanya langkah pengesahan yang dapat dikembalikan.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("Tuliskan alasan pengembalian.");
        if (reason.Length > MaxTextLength)
            throw new DomainRuleException($"Alasan terlalu panjang (paling banyak {MaxTextLength} karakter).");
    }

    private void Finish(StepOutcome outcome, Actor by, DateTimeOffset now, string? output, string? catatan)
    {
        Outcome = outcome;
        CompletedAt = now;
        CompletedByUserId = by.UserId;
        CompletedByName = by.Name;
        Output = string.IsNullOrWhiteSpace(output) ? null : output.Trim();
        Catatan = string.IsNullOrWhiteSpace(catatan) ? null : catatan.Trim();
    }

    /// <summary>Only the step's holder now acts on it: the pelaksana, or at a hand-off whoever holds it at this stage.</summary>
    private void EnsureRole(SopStep def, Actor by)
    {
        var holders = def.StageRoles(Tahap);
        if (!holders.Contains(by.Role))
            throw new DomainRuleException(
                $"Langkah {def.Label} {(def.StageCount > 1 ? "sedang dipegang" : "dikerjakan oleh")} {Roles(holders)}; " +
                $"peran Anda ({by.Role.Label()}) tidak dapat mengerjakannya.");
    }

    private static string Roles(IEnumerable<StaffRole> roles) => string.Join(" / ", roles.Select(r => r.Label()));

    internal bool Warn(DateTimeOffset now)
    {
        if (IsCompleted || WarnedAt is not null || WarnAt is null || WarnAt > now) return false;
        WarnedAt = now;
        return true;
    }

    internal bool FlagLate(DateTimeOffset now, DateTimeOffset? escalateAt)
    {
        if (IsCompleted || LateFlaggedAt is not null || DueAt is null || DueAt > now) return false;
        LateFlaggedAt = now;
        EscalateAt = escalateAt;
        return true;
    }

    internal bool Escalate(DateTimeOffset now)
    {
        if (IsCompleted || EscalatedAt is not null || EscalateAt is null || EscalateAt > now) return false;
        EscalatedAt = now;
        return true;
    }

    internal void StartWaiting(SopStep def, Actor by, PihakRef party, string reason, DateTimeOffset now)
    {
        EnsureOpen();
        EnsureRole(def, by);
        if (WaitingSince is not null) throw new DomainRuleException($"Langkah ini sudah menunggu {WaitingLabel}.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("Tuliskan alasan menunggu.");
        if (reason.Length > MaxTextLength) throw new DomainRuleException($"Alasan terlalu panjang (paling banyak {MaxTextLength} karakter).");
        WaitingFor = party.Jenis;
        WaitingForNama = party.Nama == party.Jenis.Label() ? null : party.Nama;
        WaitingReason = reason.Trim();
        WaitingSince = now;
    }

    /// <summary>Ends a wait; where the SOP pauses the clock, the due and warning times move by the office time waited.</summary>
    internal TimeSpan StopWaiting(SopStep def, Actor by, WorkingCalendar calendar, DateTimeOffset now)
    {
        EnsureOpen();
        EnsureRole(def, by);
        if (WaitingSince is null) throw new DomainRuleException("Langkah ini tidak sedang menunggu pihak luar.");
        var waited = EndWait(calendar, now);
        if (def.JedaSaatMenunggu && DueAt is { } due)
        {
            DueAt = calendar.AddWorkingTime(due, waited);
            WarnAt = calendar.WarningAt(StartedAt, DueAt.Value) is var warn && WarnedAt is null ? warn : WarnAt;
            if (LateFlaggedAt is not null && DueAt > now) (LateFlaggedAt, EscalateAt) = (null, null);
        }
        return waited;
    }

    /// <summary>Adds a running wait to <see cref="WaitedTotal"/> and clears it; a step that finishes while waiting keeps the time waited.</summary>
    private TimeSpan EndWait(WorkingCalendar calendar, DateTimeOffset now)
    {
        if (WaitingSince is not { } since) return TimeSpan.Zero;
        var waited = calendar.WorkingTimeBetween(since, now);
        WaitedTotal += waited;
        WaitingFor = null;
        WaitingForNama = null;
        WaitingReason = null;
        WaitingSince = null;
        return waited;
    }

    private void EnsureOpen()
    {
        if (IsCompleted)
            throw new DomainRuleException(
                $"Langkah ini sudah diselesaikan oleh {CompletedByName}; tidak dapat diubah lagi.");
    }
}
