using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Skm;
using Portal.Domain.Sops;
using Portal.Offices;

namespace Portal.Skm;

/// <summary>The IKM of one Standar Pelayanan over office days [From, To], with what the respondents said they are.</summary>
/// <param name="SurveiPath">The public survey's address, relative to the portal: "survei/tarakan/sp-rujukan-lk3".</param>
public sealed record IkmReport(string SpKode, string SpNama, string SurveiPath, DateOnly From, DateOnly To, Ikm Ikm, IReadOnlyList<string> Saran)
{
    public IReadOnlyDictionary<string, int> JenisKelamin { get; init; } = new Dictionary<string, int>();
}

/// <summary>The SKM results for the office's leaders.</summary>
public sealed class IkmQueries(IDbContextFactory<PortalDbContext> dbFactory, OfficeCalendars calendars)
{
    /// <summary>The office's Standar Pelayanan documents: each has its own survey.</summary>
    public async Task<IReadOnlyList<(string Kode, string Nama)>> StandardsAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        var rows = await db.Sops.AsNoTracking().Where(s => s.Jenis == SopDocumentKind.StandarPelayanan).OrderBy(s => s.Nama)
            .Select(s => new { s.Kode, s.Nama }).ToListAsync(ct);
        return rows.Select(r => (r.Kode, r.Nama)).ToList();
    }

    public async Task<IReadOnlyList<IkmReport>> LoadAsync(Actor actor, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (actor.Role is not (StaffRole.Kabid or StaffRole.Kadis))
            throw new DomainRuleException("Hasil survei kepuasan hanya untuk kepala bidang dan kepala dinas.");
        var zone = (await calendars.ForOfficeAsync(actor.OfficeId, ct)).TimeZone;
        DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
        var (start, end) = (Midnight(from), Midnight(to.AddDays(1)));
        var standards = await StandardsAsync(actor, ct);
        await using var db = await ScopedAsync(actor, ct);
        var kantor = await OfficeKodeAsync(actor, ct);
        var responses = await db.SkmResponses.AsNoTracking().Where(r => r.SubmittedAt >= start && r.SubmittedAt < end).ToListAsync(ct);
        return standards.Select(sp =>
        {
            var mine = responses.Where(r => r.SpKode == sp.Kode).ToList();
            return new IkmReport(sp.Kode, sp.Nama, $"survei/{kantor}/{sp.Kode}", from, to, Ikm.Of(mine.Select(r => r.Nilai()).ToList()),
                mine.Where(r => r.Saran is not null).OrderByDescending(r => r.SubmittedAt).Select(r => r.Saran!).ToList())
            {
                JenisKelamin = mine.GroupBy(r => r.JenisKelamin ?? "tidak diisi").ToDictionary(g => g.Key, g => g.Count()),
            };
        }).ToList();
    }

    public async Task<string> OfficeNamaAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        return await db.Offices.Where(o => o.Id == actor.OfficeId).Select(o => o.Nama).SingleAsync(ct);
    }

    public async Task<string> OfficeKodeAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        return await db.Offices.Where(o => o.Id == actor.OfficeId).Select(o => o.Kode).SingleAsync(ct);
    }

    private async Task<PortalDbContext> ScopedAsync(Actor actor, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        return db;
    }
}
