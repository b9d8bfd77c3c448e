using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Sops;

namespace Portal.Sops;

public sealed record SopListItem(string Kode, string Nama, SopDocumentKind Jenis, int Revisions, int LatestRevisionId, DateTimeOffset LoadedAt);

public sealed record SopRevisionItem(int Id, int Number, DateTimeOffset LoadedAt, string LoadedBy, string SourceFile);

/// <summary>Reads for the SOP library pages.</summary>
public sealed class SopLibraryQueries(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<IReadOnlyList<SopListItem>> ListAsync(int officeId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = officeId;
        return await db.Sops.AsNoTracking().OrderBy(s => s.Jenis).ThenBy(s => s.Nama)
            .Select(s => new SopListItem(s.Kode, s.Nama, s.Jenis, s.Revisions.Count,
                s.Revisions.OrderByDescending(r => r.Number).Select(r => r.Id).First(),
                s.Revisions.OrderByDescending(r => r.Number).Select(r => r.LoadedAt).First()))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<SopRevisionItem>> RevisionsAsync(int officeId, string kode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = officeId;
        return await db.SopRevisions.AsNoTracking()
            .Where(r => db.Sops.Any(s => s.Id == r.SopId && s.Kode == kode))
            .OrderByDescending(r => r.Number)
            .Select(r => new SopRevisionItem(r.Id, r.Number, r.LoadedAt, r.LoadedBy, r.SourceFile))
            .ToListAsync(ct);
    }
}
