using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Documents;
using Portal.Sops;

namespace Portal.Documents;

/// <param name="Revision">The template's revision after loading; <paramref name="Changed"/> says whether this load added it.</param>
public sealed record LetterLoadResult(string File, string? Kode, bool Loaded, IReadOnlyList<SeedFileError> Errors, int? Revision = null, bool Changed = false);

/// <summary>An office's letter templates: loaded from files (seeds or an admin's upload) as numbered revisions.</summary>
public sealed class LetterTemplates(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, ILogger<LetterTemplates> log)
{
    public async Task<IReadOnlyList<LetterLoadResult>> LoadAsync(int officeId, IReadOnlyList<(string File, string Text)> files, string loadedBy, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = officeId;
        var results = new List<LetterLoadResult>();
        var seen = new Dictionary<string, string>();
        foreach (var (file, text) in files)
        {
            var (template, errors) = LetterTemplateReader.Read(file, text);
            if (template is not null && seen.TryGetValue(template.Kode, out var first))
            {
                errors = [new SeedFileError(file, 1, 1, "kode", $"kode '{template.Kode}' sudah dipakai oleh {first}")];
                template = null;
            }
            if (template is null)
            {
                log.LogWarning("Templat surat ditolak: {Errors}", string.Join("; ", errors));
                results.Add(new(file, null, false, errors));
                continue;
            }
            seen[template.Kode] = file;
            var json = JsonSerializer.Serialize(template);
            var latest = await db.LetterTemplates.Where(t => t.Kode == template.Kode).OrderByDescending(t => t.Number).FirstOrDefaultAsync(ct);
            var changed = latest?.DefinitionJson != json;
            if (changed)
                db.LetterTemplates.Add(new LetterTemplateRevision
                {
                    OfficeId = officeId, Kode = template.Kode, Number = (latest?.Number ?? 0) + 1, Judul = template.Judul,
                    DefinitionJson = json, SourceFile = file, LoadedBy = loadedBy, LoadedAt = clock.GetUtcNow(),
                });
            results.Add(new(file, template.Kode, true, [], (latest?.Number ?? 0) + (changed ? 1 : 0), changed));
        }
        await db.SaveChangesAsync(ct);
        return results;
    }

    /// <summary>The latest revision of each template of the office, by code.</summary>
    public async Task<IReadOnlyDictionary<string, (int RevisionId, LetterTemplate Template)>> CurrentAsync(int officeId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = officeId;
        var rows = await db.LetterTemplates.AsNoTracking()
            .Where(r => r.Number == db.LetterTemplates.Where(o => o.Kode == r.Kode).Max(o => o.Number))
            .Select(r => new { r.Id, r.DefinitionJson }).ToListAsync(ct);
        return rows.Select(r => (r.Id, Template: JsonSerializer.Deserialize<LetterTemplate>(r.DefinitionJson)!))
            .ToDictionary(r => r.Template.Kode, r => (r.Id, r.Template));
    }
}
