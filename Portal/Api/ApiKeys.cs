using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Sops;

namespace Portal.Api;

public sealed record ApiKeyRow(int Id, string Name, string Hint, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, string? RevokedBy, DateTimeOffset? RevokedAt);

/// <summary>An office admin creates and revokes the office's API keys; the API finds the key a call presents.</summary>
public sealed class ApiKeys(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public async Task<string> CreateAsync(Actor admin, string name, CancellationToken ct = default)
    {
        EnsureAdmin(admin);
        var (key, secret) = ApiKey.Create(admin.OfficeId, name, admin.Name, clock.GetUtcNow());
        await using var db = await ScopedAsync(admin.OfficeId, ct);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return secret;
    }

    public async Task RevokeAsync(Actor admin, int id, CancellationToken ct = default)
    {
        EnsureAdmin(admin);
        await using var db = await ScopedAsync(admin.OfficeId, ct);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, ct) ?? throw new DomainRuleException("Kunci API tidak ditemukan.");
        key.Revoke(admin.Name, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(Actor admin, CancellationToken ct = default)
    {
        if (admin.Role != StaffRole.Admin) return [];
        await using var db = await ScopedAsync(admin.OfficeId, ct);
        return await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt)
            .Select(k => new ApiKeyRow(k.Id, k.Name, k.Hint, k.CreatedBy, k.CreatedAt, k.LastUsedAt, k.RevokedBy, k.RevokedAt))
            .ToListAsync(ct);
    }

    /// <summary>The active key with this secret, across offices (the key says which office it is for), and marks it used.</summary>
    public async Task<ApiKey?> FindActiveAsync(string secret, CancellationToken ct = default)
    {
        if (!secret.StartsWith(ApiKey.Prefix, StringComparison.Ordinal) || secret.Length > 100) return null;
        var hash = ApiKey.HashOf(secret);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.IgnoreQueryFilters().SingleOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, ct);
        if (key is null) return null;
        key.LastUsedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return key;
    }

    private static void EnsureAdmin(Actor actor)
    {
        if (actor.Role != StaffRole.Admin) throw new DomainRuleException("Hanya admin kantor yang mengelola kunci API.");
    }

    private async Task<PortalDbContext> ScopedAsync(int officeId, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = officeId;
        return db;
    }
}
