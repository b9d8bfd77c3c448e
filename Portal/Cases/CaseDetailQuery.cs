using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Clients;
using Portal.Domain.Sops;
using Portal.Sops;

namespace Portal.Cases;

public sealed record CaseClient(Guid Id, string Nama, string NikMasked, bool HasNik, string? AlasanTanpaNik, Sex JenisKelamin,
    DateOnly? TanggalLahir, string? Alamat, string? DaerahAsal, string? KontakKeluarga);

public sealed record LinkedCase(Guid Id, string SopNama, CaseStatus Status, string Kondisi);

public sealed record NikAccess(string UserName, Guid ClientId, DateTimeOffset At);

/// <summary>Everything the case page shows. The aggregate is read without tracking; changes go through <see cref="CaseWorkflow"/>.</summary>
public sealed record CaseDetail(
    Case Case, SopDefinition Sop, int RevisionNumber, string? SeksiNama, IReadOnlyList<CaseClient> Clients,
    LinkedCase? Parent, IReadOnlyList<LinkedCase> Linked, IReadOnlyList<CaseEvent> History, IReadOnlyList<NikAccess> NikAccesses)
{
    /// <summary>Whether <paramref name="role"/> works this case (the domain's rule: a pelaksana of its SOP).</summary>
    public bool Works(StaffRole role) => Case.Works(Sop, role);
}

public sealed class CaseDetailQuery(IDbContextFactory<PortalDbContext> dbFactory, SopCache sops)
{
    /// <summary>The case as the actor may see it, or null when it is not a case of their office.</summary>
    public async Task<CaseDetail?> LoadAsync(Actor actor, Guid caseId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        var kasus = await db.Cases.AsNoTracking().Include(c => c.Steps).SingleOrDefaultAsync(c => c.Id == caseId, ct);
        if (kasus is null) return null;

        var (number, sop) = await sops.RevisionAsync(kasus.SopRevisionId, ct);
        var history = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Sequence).ToListAsync(ct);
        var clients = await db.Clients.AsNoTracking().Where(c => kasus.ClientIds.Contains(c.Id))
            .Select(c => new CaseClient(c.Id, c.Nama, Nik.Mask(c.Nik), c.Nik != null, c.AlasanTanpaNik, c.JenisKelamin,
                c.TanggalLahir, c.Alamat, c.DaerahAsal, c.KontakKeluarga))
            .ToListAsync(ct);
        var related = kasus.Links.Select(l => l.LinkedCaseId).Append(kasus.ParentCaseId ?? Guid.Empty).ToList();
        var relatedCases = await db.Cases.AsNoTracking().Where(c => related.Contains(c.Id))
            .Select(c => new { c.Id, c.SopNama, c.Status }).ToDictionaryAsync(c => c.Id, ct);
        var parent = kasus.ParentCaseId is { } p && relatedCases.TryGetValue(p, out var pc)
            ? new LinkedCase(p, pc.SopNama, pc.Status, kasus.ParentKondisi ?? "") : null;
        var linked = kasus.Links.Where(l => relatedCases.ContainsKey(l.LinkedCaseId))
            .Select(l => new LinkedCase(l.LinkedCaseId, relatedCases[l.LinkedCaseId].SopNama, relatedCases[l.LinkedCaseId].Status, l.Kondisi)).ToList();
        var accesses = await db.ClientDataAccess.AsNoTracking().Where(a => a.CaseId == caseId).OrderByDescending(a => a.At)
            .Select(a => new NikAccess(a.UserName, a.ClientId, a.At)).ToListAsync(ct);
        var seksi = await db.Seksi.Where(s => s.Id == kasus.SeksiId).Select(s => s.Nama).FirstOrDefaultAsync(ct);

        return new CaseDetail(kasus, sop, number, seksi, clients, parent, linked, history, accesses);
    }
}
