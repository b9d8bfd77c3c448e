using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Complaints;
using Portal.Offices;

namespace Portal.Complaints;

public sealed record ComplaintFilter(StatusPengaduan? Status = null, bool LateOnly = false, string? SpKode = null);

public sealed record ComplaintRow(Guid Id, string Nomor, SaluranPengaduan Saluran, DateTimeOffset DiterimaPada, string Pelapor,
    string SpKode, StatusPengaduan Status, DateTimeOffset DueAt, DateTimeOffset? ClosedAt, bool Terlambat);

/// <summary>Open and late complaints, and the median working time from receipt to the answer, for the dashboard.</summary>
public sealed record ComplaintSummary(int Open, int Late, TimeSpan? MedianToClose, int ClosedInPeriod);

public sealed class ComplaintQueries(IDbContextFactory<PortalDbContext> dbFactory, OfficeCalendars calendars, TimeProvider clock)
{
    public const int MaxRows = 500;

    public async Task<IReadOnlyList<ComplaintRow>> ListAsync(Actor actor, ComplaintFilter filter, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        var now = clock.GetUtcNow();
        var query = db.Pengaduan.AsNoTracking();
        if (filter.Status is { } status) query = query.Where(p => p.Status == status);
        if (filter.LateOnly) query = query.Where(p => p.Status != StatusPengaduan.Selesai && p.DueAt < now);
        if (filter.SpKode is { } sp) query = query.Where(p => p.SpKode == sp);
        var rows = await query.OrderByDescending(p => p.DiterimaPada).Take(MaxRows)
            .Select(p => new { p.Id, p.Nomor, p.Saluran, p.DiterimaPada, p.Pelapor, p.SpKode, p.Status, p.DueAt, p.ClosedAt }).ToListAsync(ct);
        return rows.Select(p => new ComplaintRow(p.Id, p.Nomor, p.Saluran, p.DiterimaPada, p.Pelapor ?? "Anonim", p.SpKode, p.Status, p.DueAt, p.ClosedAt,
            p.Status != StatusPengaduan.Selesai ? p.DueAt < now : p.ClosedAt > p.DueAt)).ToList();
    }

    public async Task<Pengaduan?> DetailAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        return await db.Pengaduan.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
    }

    /// <summary>The case a complaint refers to, by the register number staff read off the file; null when none matches.</summary>
    public async Task<Guid?> CaseIdAsync(Actor actor, string nomor, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        var wanted = nomor.Trim().ToUpperInvariant();
        return await db.Cases.Where(c => c.Nomor == wanted).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
    }

    public async Task<ComplaintSummary> SummaryAsync(Actor actor, DateTimeOffset from, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        var now = clock.GetUtcNow();
        var open = await db.Pengaduan.CountAsync(p => p.Status != StatusPengaduan.Selesai, ct);
        var late = await db.Pengaduan.CountAsync(p => p.Status != StatusPengaduan.Selesai && p.DueAt < now, ct);
        var closed = await db.Pengaduan.AsNoTracking().Where(p => p.ClosedAt >= from).Select(p => new { p.DiterimaPada, ClosedAt = p.ClosedAt!.Value }).ToListAsync(ct);
        var calendar = await calendars.ForOfficeAsync(actor.OfficeId, ct);
        var spans = closed.Select(c => calendar.WorkingTimeBetween(c.DiterimaPada, c.ClosedAt)).Order().ToList();
        // The median of an even count is the mean of the middle two.
        TimeSpan? median = spans.Count == 0 ? null : spans.Count % 2 == 1 ? spans[spans.Count / 2] : (spans[spans.Count / 2 - 1] + spans[spans.Count / 2]) / 2;
        return new ComplaintSummary(open, late, median, spans.Count);
    }

    private async Task<PortalDbContext> ScopedAsync(Actor actor, CancellationToken ct)
    {
        if (!Pengaduan.MayHandle(actor.Role)) throw new DomainRuleException("Pengaduan ditangani pengadministrasi, pekerja sosial, koordinator dan pimpinan.");
        var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        return db;
    }
}

public static class ComplaintsExtensions
{
    public static IHostApplicationBuilder AddComplaints(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ComplaintRegister>();
        builder.Services.AddSingleton<ComplaintQueries>();
        return builder;
    }
}
