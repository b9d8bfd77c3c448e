using Portal.Domain.Sops;

namespace Portal.Deadlines;

public enum MonevKind
{
    /// <summary>The follow-up visit after a closed case (SOP's monev_setelah_selesai).</summary>
    KunjunganLanjutan,
    /// <summary>The Kepala Dinas's evaluation a Standar Pelayanan prescribes.</summary>
    EvaluasiStandarPelayanan,
}

/// <summary>A monitoring-and-evaluation visit on its date, reminded before and flagged when missed.</summary>
public sealed class MonevTask
{
    public Guid Id { get; set; }
    public int OfficeId { get; set; }
    public Guid? CaseId { get; set; }
    public required string SopKode { get; set; }
    public MonevKind Kind { get; set; }
    public required string Title { get; set; }
    public StaffRole Role { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset RemindAt { get; set; }
    public DateTimeOffset? RemindedAt { get; set; }
    public DateTimeOffset? MissedAt { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public string? DoneBy { get; set; }
    public string? Note { get; set; }
}
