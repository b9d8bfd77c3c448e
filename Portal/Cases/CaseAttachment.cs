namespace Portal.Cases;

/// <summary>A document attached to a case (surat keterangan, berita acara…). The bytes live outside the web root.</summary>
public sealed class CaseAttachment
{
    public Guid Id { get; set; }
    public int OfficeId { get; set; }
    public Guid CaseId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Bytes { get; set; }
    public required string UploadedByName { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
