using Portal.Domain.Sops;

namespace Portal.Sops;

/// <summary>An SOP (or Standar Pelayanan) of one office, identified by its code; its content lives in revisions.</summary>
public sealed class Sop
{
    public int Id { get; set; }
    public int OfficeId { get; set; }
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public SopDocumentKind Jenis { get; set; }
    public List<SopRevision> Revisions { get; set; } = [];
}

/// <summary>
/// One loaded version of an SOP document. Never changed after loading: a case keeps the revision it started under.
/// </summary>
public sealed class SopRevision
{
    public int Id { get; set; }
    public int SopId { get; set; }
    public int OfficeId { get; set; }
    public int Number { get; set; }
    /// <summary>SHA-256 of the canonical JSON: an unchanged file makes no new revision.</summary>
    public required string ContentHash { get; set; }
    public required string SourceFile { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
    public required string LoadedBy { get; set; }
    public required string DefinitionJson { get; set; }

    public SopDefinition Definition() => SopJson.Deserialize(DefinitionJson);
}
