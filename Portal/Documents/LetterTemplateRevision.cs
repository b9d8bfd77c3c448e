namespace Portal.Documents;

/// <summary>One loaded version of an office's letter template; the highest number is the one issued from.</summary>
public sealed class LetterTemplateRevision
{
    public int Id { get; set; }
    public int OfficeId { get; set; }
    public required string Kode { get; set; }
    public int Number { get; set; }
    public required string Judul { get; set; }
    public required string DefinitionJson { get; set; }
    public required string SourceFile { get; set; }
    public required string LoadedBy { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
}
