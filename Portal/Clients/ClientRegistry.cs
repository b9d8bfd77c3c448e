using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Clients;

namespace Portal.Clients;

/// <summary>A client as lists show it: the NIK masked.</summary>
public sealed record ClientSummary(Guid Id, string Nama, string NikMasked, DateOnly? TanggalLahir, string? DaerahAsal);

/// <summary>Finding, registering and revealing clients of the actor's office.</summary>
public sealed class ClientRegistry(IDbContextFactory<PortalDbContext> dbFactory, Sops.SopCache sops, TimeProvider clock)
{
    public const int MaxResults = 20;

    /// <summary>By NIK (any part of 4+ digits typed) or by name (3+ letters).</summary>
    public async Task<IReadOnlyList<ClientSummary>> SearchAsync(Actor actor, string text, CancellationToken ct = default)
    {
        var term = text.Trim();
        if (term.Length < 3) return [];
        // Digits (with the separators people type) search the NIK; anything else searches the name.
        var digits = new string(term.Where(char.IsDigit).ToArray());
        var byNik = digits.Length >= 4 && term.All(c => char.IsDigit(c) || c is ' ' or '.' or '-');
        await using var db = await ScopedAsync(actor, ct);
        var query = db.Clients.AsNoTracking();
        query = byNik
            ? query.Where(c => c.Nik != null && c.Nik.Contains(digits))
            // lower() on both engines: SQLite's LIKE ignores case, PostgreSQL's does not.
            : query.Where(c => c.Nama.ToLower().Contains(term.ToLower()));
        var rows = await query.OrderBy(c => c.Nama).Take(MaxResults)
            .Select(c => new { c.Id, c.Nama, c.Nik, c.TanggalLahir, c.DaerahAsal }).ToListAsync(ct);
        return rows.Select(c => new ClientSummary(c.Id, c.Nama, Nik.Mask(c.Nik), c.TanggalLahir, c.DaerahAsal)).ToList();
    }

    /// <summary>Clients that are probably the same person: the same NIK, or the same name and birth date.</summary>
    public async Task<IReadOnlyList<ClientSummary>> LikelyDuplicatesAsync(Actor actor, ClientDetails details, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        var nik = Nik.Parse(details.Nik, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Nik?.Value;
        var name = details.Nama.Trim();
        var rows = await db.Clients.AsNoTracking()
            .Where(c => (nik != null && c.Nik == nik) || (c.Nama == name && details.TanggalLahir != null && c.TanggalLahir == details.TanggalLahir))
            .Take(MaxResults).Select(c => new { c.Id, c.Nama, c.Nik, c.TanggalLahir, c.DaerahAsal }).ToListAsync(ct);
        return rows.Select(c => new ClientSummary(c.Id, c.Nama, Nik.Mask(c.Nik), c.TanggalLahir, c.DaerahAsal)).ToList();
    }

    public async Task<Guid> RegisterAsync(Actor actor, ClientDetails details, CancellationToken ct = default)
    {
        var client = Client.Register(actor.OfficeId, details, actor.UserId, clock);
        await using var db = await ScopedAsync(actor, ct);
        if (client.Nik is { } nik && await db.Clients.AnyAsync(c => c.Nik == nik, ct))
            throw new DomainRuleException("Klien dengan NIK ini sudah terdaftar; pilih klien tersebut dari hasil pencarian.");
        db.Clients.Add(client);
        await db.SaveChangesAsync(ct);
        return client.Id;
    }

    /// <summary>The full NIK, for a role that works the case (a pelaksana of its SOP); every reveal is logged.</summary>
    public async Task<string?> RevealNikAsync(Actor actor, Guid clientId, Guid caseId, CancellationToken ct = default)
    {
        await using var db = await ScopedAsync(actor, ct);
        var revisionId = await db.Cases.Where(c => c.Id == caseId && c.ClientIds.Contains(clientId)).Select(c => (int?)c.SopRevisionId).SingleOrDefaultAsync(ct)
            ?? throw new DomainRuleException("Klien tidak ditemukan.");
        var sop = await sops.DefinitionAsync(revisionId, ct);
        if (!Case.Works(sop, actor.Role))
            throw new DomainRuleException("Peran Anda tidak menangani kasus ini; NIK lengkap tidak ditampilkan.");
        var nik = await db.Clients.Where(c => c.Id == clientId).Select(c => c.Nik).SingleAsync(ct);
        db.ClientDataAccess.Add(new ClientDataAccess
        {
            OfficeId = actor.OfficeId, ClientId = clientId, CaseId = caseId, UserId = actor.UserId, UserName = actor.Name, At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return nik;
    }

    /// <summary>
    /// Full NIKs for a spreadsheet, as a reveal would give them: only on the cases whose SOP the role works, and
    /// every client's NIK written out is logged against its case. Returns the client column per case.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, string>> RevealForExportAsync(
        Actor actor, IReadOnlyCollection<(Guid CaseId, int SopRevisionId)> cases, CancellationToken ct = default)
    {
        var allowed = new List<Guid>();
        foreach (var (caseId, revisionId) in cases)
            if (Case.Works(await sops.DefinitionAsync(revisionId, ct), actor.Role)) allowed.Add(caseId);
        await using var db = await ScopedAsync(actor, ct);
        var rows = await db.Cases.AsNoTracking().Where(c => allowed.Contains(c.Id)).Select(c => new { c.Id, c.ClientIds }).ToListAsync(ct);
        var ids = rows.SelectMany(r => r.ClientIds).Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Nama, c.Nik }).ToDictionaryAsync(c => c.Id, ct);
        var now = clock.GetUtcNow();
        foreach (var row in rows)
            foreach (var client in row.ClientIds.Select(clients.GetValueOrDefault).Where(c => c?.Nik is not null))
                db.ClientDataAccess.Add(new ClientDataAccess
                {
                    OfficeId = actor.OfficeId, ClientId = client!.Id, CaseId = row.Id, UserId = actor.UserId, UserName = actor.Name, At = now,
                });
        await db.SaveChangesAsync(ct);
        return rows.ToDictionary(r => r.Id, r => string.Join(", ", r.ClientIds.Select(id =>
            clients.GetValueOrDefault(id) is { } c ? $"{c.Nama} ({(c.Nik is null ? "tanpa NIK" : $"NIK {c.Nik}")})" : "?")));
    }

    private async Task<PortalDbContext> ScopedAsync(Actor actor, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        return db;
    }
}
