using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Cases;

/// <summary>Saving a changed case when a colleague may have changed it at the same moment.</summary>
internal static class CaseSaves
{
    /// <summary>
    /// Saves; false when the case changed since it was read. The loser of a race fails either on the version
    /// check or, first, on the unique history/step sequence — both mean the same, so the version decides.
    /// </summary>
    public static async Task<bool> TrySaveAsync(PortalDbContext db, IDbContextFactory<PortalDbContext> dbFactory, Guid caseId, int readVersion, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        catch (DbUpdateException)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            var now = await fresh.Cases.IgnoreQueryFilters().Where(c => c.Id == caseId).Select(c => c.Version).SingleOrDefaultAsync(ct);
            if (now != readVersion) return false;
            throw;
        }
    }
}
