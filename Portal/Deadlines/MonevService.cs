using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Sops;

namespace Portal.Deadlines;

/// <summary>The monev list and marking a visit done.</summary>
public sealed class MonevService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<MonevTask>> OpenForAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        var leaders = actor.Role is StaffRole.Kabid or StaffRole.Kadis;
        return await db.MonevTasks.AsNoTracking().Where(t => t.DoneAt == null && (leaders || t.Role == actor.Role))
            .OrderBy(t => t.DueAt).Take(100).ToListAsync(ct);
    }

    public async Task CompleteAsync(Actor actor, Guid taskId, string? note, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        var task = await db.MonevTasks.SingleOrDefaultAsync(t => t.Id == taskId, ct) ?? throw new DomainRuleException("Tugas monev tidak ditemukan.");
        if (task.DoneAt is not null) throw new DomainRuleException($"Monev ini sudah dicatat selesai oleh {task.DoneBy}.");
        if (task.Role != actor.Role && actor.Role is not (StaffRole.Kabid or StaffRole.Kadis))
            throw new DomainRuleException($"Monev ini dikerjakan oleh {task.Role.Label()}.");
        if (note?.Length > 4000) throw new DomainRuleException("Catatan terlalu panjang (paling banyak 4000 karakter).");
        task.DoneAt = clock.GetUtcNow();
        task.DoneBy = actor.Name;
        task.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await db.SaveChangesAsync(ct);
    }
}
