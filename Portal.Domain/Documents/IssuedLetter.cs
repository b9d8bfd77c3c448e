using Portal.Domain.Cases;

namespace Portal.Domain.Documents;

public enum LetterStatus { Terbit, Dibatalkan }

/// <summary>
/// A letter issued for a case under an agenda number. Once issued its content never changes: a correction is a new
/// letter with a new number, and this one is marked dibatalkan with the reason. Its number is never given again.
/// </summary>
public sealed class IssuedLetter
{
    private IssuedLetter() { }

    public IssuedLetter(int officeId, Guid caseId, int? stepNo, int templateRevisionId, LetterTemplate template,
        string nomor, int year, int urut, Guid attachmentId, Actor by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        OfficeId = officeId;
        CaseId = caseId;
        StepNo = stepNo;
        TemplateRevisionId = templateRevisionId;
        Kode = template.Kode;
        Judul = template.Judul;
        Nomor = nomor;
        Year = year;
        Urut = urut;
        AttachmentId = attachmentId;
        IssuedByUserId = by.UserId;
        IssuedByName = by.Name;
        IssuedAt = at;
    }

    public Guid Id { get; private set; }
    public int OfficeId { get; private set; }
    public Guid CaseId { get; private set; }
    public int? StepNo { get; private set; }
    public int TemplateRevisionId { get; private set; }
    public string Kode { get; private set; } = "";
    public string Judul { get; private set; } = "";
    public string Nomor { get; private set; } = "";
    public int Year { get; private set; }
    public int Urut { get; private set; }
    public Guid AttachmentId { get; private set; }
    public string IssuedByUserId { get; private set; } = "";
    public string IssuedByName { get; private set; } = "";
    public DateTimeOffset IssuedAt { get; private set; }
    public LetterStatus Status { get; private set; }
    public string? VoidReason { get; private set; }
    public string? VoidedByName { get; private set; }
    public DateTimeOffset? VoidedAt { get; private set; }

    public void Void(Actor by, string reason, DateTimeOffset at)
    {
        if (by.OfficeId != OfficeId) throw new DomainRuleException("Surat tidak ditemukan.");
        if (Status == LetterStatus.Dibatalkan)
            throw new DomainRuleException($"Surat nomor {Nomor} sudah dibatalkan oleh {VoidedByName}.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainRuleException("Tuliskan alasan pembatalan surat.");
        if (reason.Length > 1000) throw new DomainRuleException("Alasan pembatalan terlalu panjang (paling banyak 1000 karakter).");
        Status = LetterStatus.Dibatalkan;
        VoidReason = reason.Trim();
        VoidedByName = by.Name;
        VoidedAt = at;
    }
}
