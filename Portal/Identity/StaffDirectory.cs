using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Sops;

namespace Portal.Identity;

public sealed record StaffMember(string UserId, string UserName, string FullName, StaffRole Role, int? SeksiId, bool Locked);

/// <summary>The staff of one office with their role.</summary>
public sealed class StaffDirectory(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<StaffMember>> ForOfficeAsync(int officeId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var rows = await db.Users.AsNoTracking().Where(u => u.OfficeId == officeId)
            .Join(db.UserRoles, u => u.Id, ur => ur.UserId, (u, ur) => new { u, ur.RoleId })
            .Join(db.Roles, x => x.RoleId, r => r.Id, (x, r) => new { x.u.Id, x.u.UserName, x.u.FullName, x.u.SeksiId, x.u.LockoutEnd, Role = r.Name })
            .OrderBy(x => x.FullName)
            .ToListAsync(ct);
        return rows.Select(r => StaffRoles.TryParse(r.Role ?? "", out var role)
                ? new StaffMember(r.Id, r.UserName ?? "", r.FullName, role, r.SeksiId, r.LockoutEnd > now)
                : null)
            .OfType<StaffMember>().ToList();
    }
}
