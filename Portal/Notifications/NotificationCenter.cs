using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Sops;

namespace Portal.Notifications;

/// <summary>Who is told, and their bell. Notifications are written in the same transaction as what caused them.</summary>
public sealed class NotificationCenter(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public const int ListSize = 30;

    /// <summary>
    /// The staff who hold these roles on the case: the assigned person where there is one, otherwise every
    /// active staff member of the role in the office. Leaders (kabid, kadis) are always the office's.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RecipientsAsync(PortalDbContext db, Case kasus, IEnumerable<StaffRole> roles, DateTimeOffset now, CancellationToken ct)
    {
        var wanted = roles.Distinct().ToList();
        var assigned = kasus.Assignments.Where(a => wanted.Contains(a.Role) && a.Role is not (StaffRole.Kabid or StaffRole.Kadis)).ToList();
        var open = wanted.Where(r => assigned.All(a => a.Role != r)).Select(r => r.Code()).ToList();
        var others = await UsersInRolesAsync(db, kasus.OfficeId, wanted.Where(r => assigned.All(a => a.Role != r)), now, ct);
        return assigned.Select(a => a.UserId).Concat(others).Distinct().ToList();
    }

    /// <summary>Every staff member of the office holding one of the roles and not locked out.</summary>
    public static async Task<IReadOnlyList<string>> UsersInRolesAsync(PortalDbContext db, int officeId, IEnumerable<StaffRole> roles, DateTimeOffset now, CancellationToken ct)
    {
        var codes = roles.Select(r => r.Code()).Distinct().ToList();
        if (codes.Count == 0) return [];
        return await db.Users.Where(u => u.OfficeId == officeId && (u.LockoutEnd == null || u.LockoutEnd < now))
            .Join(db.UserRoles, u => u.Id, ur => ur.UserId, (u, ur) => new { u.Id, ur.RoleId })
            .Join(db.Roles.Where(r => codes.Contains(r.Name!)), x => x.RoleId, r => r.Id, (x, _) => x.Id)
            .Distinct().ToListAsync(ct);
    }

    public static void Add(PortalDbContext db, int officeId, Guid? caseId, IEnumerable<string> userIds, string kind, string text, DateTimeOffset at)
    {
        foreach (var user in userIds.Distinct())
            db.Notifications.Add(new Notification { OfficeId = officeId, UserId = user, CaseId = caseId, Kind = kind, Text = text, CreatedAt = at });
    }

    public async Task<int> UnreadCountAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        return await db.Notifications.CountAsync(n => n.UserId == actor.UserId && n.ReadAt == null, ct);
    }

    public async Task<IReadOnlyList<Notification>> LatestAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == actor.UserId)
            .OrderBy(n => n.ReadAt != null).ThenByDescending(n => n.CreatedAt).Take(ListSize).ToListAsync(ct);
    }

    public async Task MarkReadAsync(Actor actor, long id, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.Id == id && n.UserId == actor.UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), ct);
    }

    public async Task MarkAllReadAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.UserId == actor.UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), ct);
    }

    private async Task<PortalDbContext> ScopedAsync(Actor actor, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        return db;
    }
}
