using Microsoft.EntityFrameworkCore;
using Portal.Cases;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Clients;
using Portal.Domain.Sops;

namespace Portal.Clients;

/// <summary>Which reveals to list: a span of office days and part of a staff member's name.</summary>
public sealed record NikAccessFilter(DateOnly? From = null, DateOnly? To = null, string? Petugas = null);

/// <summary>One reveal of a full NIK, as the log shows it: the NIK itself stays masked here.</summary>
public sealed record NikAccess(DateTimeOffset At, string Petugas, string Klien, string? Nomor, string? SopNama);

/// <summary>The log of full-NIK reveals (case page, letters, exports), for the office's admin.</summary>
public sealed class NikAccessLogQueries(IDbContextFactory<PortalDbContext> dbFactory, Offices.OfficeCalendars calendars)
{
    public const int PageSize = 200;

    public async Task<int> CountAsync(Actor actor, NikAccessFilter filter, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        return await (await FilteredAsync(db, actor, filter, ct)).CountAsync(ct);
    }

    /// <summary>Newest first, <paramref name="take"/> rows from <paramref name="skip"/>: a screen's page or an export's batch.</summary>
    public async Task<IReadOnlyList<NikAccess>> PageAsync(Actor actor, NikAccessFilter filter, int skip = 0, int take = PageSize, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        var rows = await (await FilteredAsync(db, actor, filter, ct)).OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip(skip).Take(take)
            .Select(a => new
            {
                a.At, a.UserName, Client = db.Clients.Where(c => c.Id == a.ClientId).Select(c => new { c.Nama, c.Nik }).FirstOrDefault(),
                Case = db.Cases.Where(c => c.Id == a.CaseId).Select(c => new { c.Nomor, c.SopNama }).FirstOrDefault(),
            }).ToListAsync(ct);
        return rows.Select(r => new NikAccess(r.At, r.UserName, r.Client is null ? "?" : $"{r.Client.Nama} ({Nik.Mask(r.Client.Nik)})", r.Case?.Nomor, r.Case?.SopNama)).ToList();
    }

    private async Task<IQueryable<ClientDataAccess>> FilteredAsync(PortalDbContext db, Actor actor, NikAccessFilter filter, CancellationToken ct)
    {
        if (actor.Role != StaffRole.Admin) throw new DomainRuleException("Catatan akses NIK hanya untuk admin kantor.");
        var zone = (await calendars.ForOfficeAsync(actor.OfficeId, ct)).TimeZone;
        DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
        var query = db.ClientDataAccess.AsNoTracking();
        if (filter.From is { } from)
        {
            var start = Midnight(from);
            query = query.Where(a => a.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = Midnight(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }
        if (!string.IsNullOrWhiteSpace(filter.Petugas)) query = query.Where(a => a.UserName.ToLower().Contains(filter.Petugas.Trim().ToLower()));
        return query;
    }

    private async Task<PortalDbContext> ScopedAsync(Actor actor, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        return db;
    }
}
