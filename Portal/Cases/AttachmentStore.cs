using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;

namespace Portal.Cases;

public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>Where files are kept, outside wwwroot; relative to the content root.</summary>
    public required string Directory { get; set; }

    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}

/// <summary>Keeps case documents on disk by id (never by the uploaded name) and records each in the case history.</summary>
public sealed class AttachmentStore(
    IDbContextFactory<PortalDbContext> dbFactory, CaseWorkflow workflow, IOptions<AttachmentOptions> options, IHostEnvironment env, TimeProvider clock)
{
    // The types a Dinas Sosial case file holds, recognised by their first bytes rather than by the name typed.
    private static readonly (string Type, byte[] Magic)[] Allowed =
    [
        ("application/pdf", "%PDF"u8.ToArray()),
        ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        ("image/png", [0x89, 0x50, 0x4E, 0x47]),
    ];

    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>
    /// Keeps the file and records it in the case through the workflow's one change path. Attaching does not depend on
    /// the step a colleague is on, so it goes onto the latest version of the case.
    /// </summary>
    public async Task<Guid> SaveAsync(Actor actor, Guid caseId, string fileName, Stream content, long declaredBytes, CancellationToken ct = default)
    {
        if (declaredBytes > MaxBytes)
            throw new DomainRuleException($"Berkas '{fileName}' terlalu besar ({declaredBytes / 1024 / 1024} MB); paling besar {MaxBytes / 1024 / 1024} MB.");

        var id = Guid.CreateVersion7();
        var path = PathFor(actor.OfficeId, caseId, id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        long bytes;
        string type;
        await using (var file = File.Create(path))
        {
            await content.CopyToAsync(file, ct);
            bytes = file.Length;
            file.Position = 0;
            var head = new byte[8];
            var read = await file.ReadAsync(head, ct);
            type = Allowed.FirstOrDefault(a => read >= a.Magic.Length && head.AsSpan(0, a.Magic.Length).SequenceEqual(a.Magic)).Type ?? "";
        }
        try
        {
            if (type.Length == 0) throw new DomainRuleException($"Berkas '{fileName}' bukan PDF, JPG atau PNG.");
            if (bytes > MaxBytes) throw new DomainRuleException($"Berkas '{fileName}' terlalu besar; paling besar {MaxBytes / 1024 / 1024} MB.");
            var name = Path.GetFileName(fileName.Replace('\\', '/'));
            if (name.Length > 200) name = name[^200..];
            await workflow.ChangeAsync(actor, caseId, null, c =>
            {
                c.Case.RecordAttachment(name, bytes, actor, c.Sop, clock);
                c.Db.Add(new CaseAttachment
                {
                    Id = id, OfficeId = actor.OfficeId, CaseId = caseId, FileName = name, ContentType = type, Bytes = bytes,
                    UploadedByName = actor.Name, UploadedAt = clock.GetUtcNow(),
                });
            }, ct);
            return id;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public async Task<IReadOnlyList<CaseAttachment>> ListAsync(Actor actor, Guid caseId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        return await db.Set<CaseAttachment>().AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.UploadedAt).ToListAsync(ct);
    }

    /// <summary>The attachment and its file, or null when it is not the actor's office's.</summary>
    public async Task<(CaseAttachment Attachment, string Path)?> OpenAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        var attachment = await db.Set<CaseAttachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        return attachment is null ? null : (attachment, PathFor(attachment.OfficeId, attachment.CaseId, attachment.Id));
    }

    /// <summary>Where a case file is kept; generated letters are written here too, under their attachment id.</summary>
    public string PathFor(int officeId, Guid caseId, Guid id) =>
        Path.Combine(Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.Directory)), officeId.ToString(), caseId.ToString("N"), id.ToString("N"));
}
