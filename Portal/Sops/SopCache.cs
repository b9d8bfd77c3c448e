using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Sops;

namespace Portal.Sops;

/// <summary>
/// SOP revisions by id. A revision never changes once loaded, so it is read and parsed once per process.
/// Callers reach a revision id only through a case or SOP of their own office.
/// </summary>
public sealed class SopCache(IDbContextFactory<PortalDbContext> dbFactory)
{
    private readonly ConcurrentDictionary<int, (int Number, SopDefinition Definition)> _revisions = new();

    public async Task<SopDefinition> DefinitionAsync(int revisionId, CancellationToken ct = default) =>
        (await RevisionAsync(revisionId, ct)).Definition;

    /// <summary>The revision as the case aggregate takes it: its id with its content.</summary>
    public async Task<SopRevisionRef> RefAsync(int revisionId, CancellationToken ct = default) =>
        new(revisionId, (await RevisionAsync(revisionId, ct)).Definition);

    public async Task<(int Number, SopDefinition Definition)> RevisionAsync(int revisionId, CancellationToken ct = default)
    {
        if (_revisions.TryGetValue(revisionId, out var hit)) return hit;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.SopRevisions.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.Id == revisionId).Select(r => new { r.Number, r.DefinitionJson }).SingleAsync(ct);
        return _revisions[revisionId] = (row.Number, SopJson.Deserialize(row.DefinitionJson));
    }
}
