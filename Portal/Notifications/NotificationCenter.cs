using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Sops;

namespace Portal.Notifications;

/// <summary>One line of the bell: a case's latest message and how many it has (unread among them).</summary>
public sealed record BellItem(long LatestId, Guid? CaseId, string Kind, string Text, DateTimeOffset At, int Count, int Unread);

public sealed record NotificationFilter(string? Kind = null, bool UnreadOnly = false, string? Text = null);

/// <summary>Who is told, and their bell. Notifications are written in the same transaction as what caused them.</summary>
public sealed class NotificationCenter(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public const int ListSize = 30;
    /// <summary>How far back the bell looks when grouping; the notifications page shows more.</summary>
    private const int BellWindow = 300;
    public const int PageSize = 1000;

    /// <summary>
    /// The staff who hold these roles on the case: the assigned person where there is one, otherwise every
    /// active staff member of the role in the office. Leaders (kabid, kadis) are always the office's.
    /// <paramref name="holders"/> keeps the office's role holders between calls: a sweep of a hundred late steps
    /// of one SOP asks the same question a hundred times.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RecipientsAsync(
        PortalDbContext db, Case kasus, IEnumerable<StaffRole> roles, DateTimeOffset now, CancellationToken ct,
        IDictionary<string, IReadOnlyList<string>>? holders = null)
    {
        var wanted = roles.Distinct().ToList();
        var assigned = kasus.Assignments.Where(a => wanted.Contains(a.Role) && a.Role is not (StaffRole.Kabid or StaffRole.Kadis)).ToList();
        var open = wanted.Where(r => assigned.All(a => a.Role != r)).Order().ToList();
        var key = $"{kasus.OfficeId}:{string.Join(",", open)}";
        if (holders is null || !holders.TryGetValue(key, out var others))
        {
            others = await UsersInRolesAsync(db, kasus.OfficeId, open, now, ct);
            if (holders is not null) holders[key] = others;
        }
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

    /// <summary>
    /// A text longer than the column (a long hand-off note, a round with many applicants) is cut with an ellipsis:
    /// a bell line must never make the change it announces fail to save.
    /// </summary>
    public static void Add(PortalDbContext db, int officeId, Guid? caseId, IEnumerable<string> userIds, string kind, string text, DateTimeOffset at)
    {
        if (text.Length > Notification.MaxTextLength) text = text[..(Notification.MaxTextLength - 1)] + "…";
        foreach (var user in userIds.Distinct())
            db.Notifications.Add(new Notification { OfficeId = officeId, UserId = user, CaseId = caseId, Kind = kind, Text = text, CreatedAt = at });
    }

    public async Task<int> UnreadCountAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        return await db.Notifications.CountAsync(n => n.UserId == actor.UserId && n.ReadAt == null, ct);
    }

    /// <summary>
    /// The bell: one line per case (its latest message, how many more), unread cases first. A sweep that flags a
    /// case again adds to its line instead of filling the menu.
    /// </summary>
    public async Task<IReadOnlyList<BellItem>> BellAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        var recent = await db.Notifications.AsNoTracking().Where(n => n.UserId == actor.UserId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(BellWindow)
            .Select(n => new { n.Id, n.CaseId, n.Kind, n.Text, n.CreatedAt, n.ReadAt }).ToListAsync(ct);
        return recent.GroupBy(n => n.CaseId is { } c ? c.ToString() : $"n{n.Id}")
            .Select(g => (Latest: g.First(), Count: g.Count(), Unread: g.Count(n => n.ReadAt == null)))
            .Select(x => new BellItem(x.Latest.Id, x.Latest.CaseId, x.Latest.Kind, x.Latest.Text, x.Latest.CreatedAt, x.Count, x.Unread))
            .OrderByDescending(i => i.Unread > 0).ThenByDescending(i => i.At).Take(ListSize).ToList();
    }

    /// <summary>The notifications page: the actor's own, newest first, filtered as on screen.</summary>
    public async Task<IReadOnlyList<Notification>> ListAsync(Actor actor, NotificationFilter filter, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == actor.UserId);
        if (filter.Kind is { } kind) query = query.Where(n => n.Kind == kind);
        if (filter.UnreadOnly) query = query.Where(n => n.ReadAt == null);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim().ToLower();
            query = query.Where(n => n.Text.ToLower().Contains(text));
        }
        return await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(PageSize).ToListAsync(ct);
    }

    public async Task MarkReadAsync(Actor actor, long id, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.Id == id && n.UserId == actor.UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), ct);
    }

    /// <summary>Opening a bell line reads every message of its case (or the one message without a case).</summary>
    public async Task MarkReadAsync(Actor actor, BellItem item, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        var now = clock.GetUtcNow();
        var mine = db.Notifications.Where(n => n.UserId == actor.UserId && n.ReadAt == null);
        await (item.CaseId is { } caseId ? mine.Where(n => n.CaseId == caseId) : mine.Where(n => n.Id == item.LatestId))
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
