using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Sops;

namespace Portal.Sops;

public enum SopLoadOutcome { Baru, RevisiBaru, TidakBerubah, Ditolak }

public sealed record SopLoadResult(
    string File,
    string? Kode,
    SopLoadOutcome Outcome,
    int? RevisionNumber,
    IReadOnlyList<SeedFileError> Errors,
    IReadOnlyList<string> Findings);

/// <summary>
/// Loads SOP and Standar Pelayanan files into an office's library: from <c>seeds/</c> at start-up and from an
/// administrator's upload. Each file is all or nothing; a refused file never stops the others.
/// </summary>
public sealed class SopLibrary(IDbContextFactory<PortalDbContext> dbFactory, SopCache revisions, TimeProvider clock, ILogger<SopLibrary> log)
{
    public async Task<IReadOnlyList<SopLoadResult>> LoadAsync(
        int officeId, IReadOnlyList<(string File, string Text)> files, string loadedBy, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = officeId;
        var office = await db.Offices.AsNoTracking().Include(o => o.Seksi).SingleAsync(o => o.Id == officeId, ct);
        var stored = await db.Sops.AsNoTracking().Select(s => new { s.Kode, s.Jenis }).ToListAsync(ct);

        var vocabulary = Offices.OfficeVocabularyJson.Read(office.KosakataJson);
        var read = files.Select(f => SopFileReader.Read(f.File, f.Text, vocabulary)).ToList();
        var candidates = read.Where(r => r.Definition is not null).ToList();

        foreach (var r in candidates)
        {
            var def = r.Definition!;
            if (def.Kantor != office.Kode)
                r.Sink!.Error("kantor", $"berkas ini untuk kantor '{def.Kantor}', bukan '{office.Kode}'");
            if (def.Seksi is { } seksi && office.Seksi.All(s => s.Kode != seksi))
                r.Sink!.Error("seksi", $"seksi '{seksi}' tidak ada di {office.Nama}; pilih: {string.Join(", ", office.Seksi.Select(s => s.Kode))}");
        }
        var letters = await db.LetterTemplates.Select(t => t.Kode).Distinct().ToListAsync(ct);
        foreach (var r in candidates)
        {
            var steps = r.Definition!.Langkah;
            for (var i = 0; i < steps.Count; i++)
                for (var d = 0; d < steps[i].Dokumen.Count; d++)
                    if (!letters.Contains(steps[i].Dokumen[d]))
                        r.Sink!.Error($"langkah[{i + 1}].dokumen[{d + 1}]",
                            $"templat surat '{steps[i].Dokumen[d]}' tidak ada di kantor ini; muat berkasnya di surat/ lebih dulu");
        }
        foreach (var dup in candidates.GroupBy(r => r.Definition!.Kode).Where(g => g.Count() > 1))
            foreach (var r in dup.Skip(1))
                r.Sink!.Error("kode", $"kode '{dup.Key}' sudah dipakai oleh {dup.First().File}");

        // Branches may point at SOPs in the same batch; a file refused here makes files pointing at it fail too.
        var accepted = candidates.Where(r => r.Sink!.Errors.Count == 0).ToList();
        HashSet<string> Held() => stored.Where(s => s.Jenis == SopDocumentKind.Sop).Select(s => s.Kode)
            .Concat(accepted.Where(r => r.Definition!.Jenis == SopDocumentKind.Sop).Select(r => r.Definition!.Kode))
            .ToHashSet();
        while (true)
        {
            var known = Held();
            var refused = accepted.Where(r => SopValidator.Validate(r.Definition!, known).Count > 0).ToList();
            if (refused.Count == 0) break;
            foreach (var r in refused)
            {
                foreach (var p in SopValidator.Validate(r.Definition!, known)) r.Sink!.Error(p.Field, p.Message);
                accepted.Remove(r);
            }
        }

        var held = Held();
        var results = new List<SopLoadResult>();
        foreach (var r in read)
        {
            if (!accepted.Contains(r))
            {
                var all = r.Sink!.Errors;
                log.LogWarning("Berkas SOP ditolak: {Errors}", string.Join("; ", all));
                results.Add(new(r.File, r.Definition?.Kode, SopLoadOutcome.Ditolak, null, all, []));
                continue;
            }
            var warnings = r.Sink!.Warnings.Select(w => w.ToString())
                .Concat(SopValidator.Warnings(r.Definition!, held).Select(w => r.Sink!.Locate(w.Field, w.Message).ToString())).ToList();
            foreach (var w in warnings) log.LogWarning("{Warning}", w);
            results.Add(await SaveAsync(officeId, r.File, r.Definition!, loadedBy, ct) with { Findings = warnings });
        }

        return await WithFindingsAsync(officeId, results, accepted, ct);
    }

    private async Task<SopLoadResult> SaveAsync(int officeId, string file, SopDefinition def, string loadedBy, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = officeId;
        var json = SopJson.Serialize(def);
        var hash = SopJson.Hash(json);
        var sop = await db.Sops.Include(s => s.Revisions).SingleOrDefaultAsync(s => s.Kode == def.Kode, ct);
        var latest = sop?.Revisions.MaxBy(r => r.Number);
        if (latest?.ContentHash == hash)
            return new(file, def.Kode, SopLoadOutcome.TidakBerubah, latest.Number, [], []);

        if (sop is null)
        {
            sop = new Sop { OfficeId = officeId, Kode = def.Kode, Nama = def.Nama, Jenis = def.Jenis };
            db.Sops.Add(sop);
        }
        sop.Nama = def.Nama;
        sop.Jenis = def.Jenis;
        var number = (latest?.Number ?? 0) + 1;
        sop.Revisions.Add(new SopRevision
        {
            OfficeId = officeId,
            Number = number,
            ContentHash = hash,
            SourceFile = file,
            LoadedAt = clock.GetUtcNow(),
            LoadedBy = loadedBy,
            DefinitionJson = json,
        });
        await db.SaveChangesAsync(ct);
        log.LogInformation("SOP {Kode} dimuat sebagai revisi {Number} dari {File}", def.Kode, number, file);
        return new(file, def.Kode, latest is null ? SopLoadOutcome.Baru : SopLoadOutcome.RevisiBaru, number, [], []);
    }

    /// <summary>Adds to each accepted Standar Pelayanan the ways its SOP disagrees with it.</summary>
    private async Task<List<SopLoadResult>> WithFindingsAsync(
        int officeId, List<SopLoadResult> results, List<SopFile> accepted, CancellationToken ct)
    {
        var standards = accepted.Where(a => a.Definition!.StandarPelayanan is not null).ToList();
        if (standards.Count == 0) return results;
        var current = await CurrentAsync(officeId, ct);
        foreach (var sp in standards)
        {
            var content = sp.Definition!.StandarPelayanan!;
            if (!current.TryGetValue(content.SopKode, out var sop)) continue;
            var findings = ServiceStandardCheck.Compare(sop.Definition, content);
            foreach (var f in findings) log.LogWarning("{File}: {Finding}", sp.File, f);
            var i = results.FindIndex(r => r.File == sp.File);
            results[i] = results[i] with { Findings = [.. results[i].Findings, .. findings] };
        }
        return results;
    }

    /// <summary>The office's code and its own pelaksana and pihak_luar names, which its SOP files may use.</summary>
    public async Task<(string Kode, OfficeVocabulary Vocabulary)> OfficeWordsAsync(int officeId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var office = await db.Offices.AsNoTracking().Where(o => o.Id == officeId).Select(o => new { o.Kode, o.KosakataJson }).SingleAsync(ct);
        return (office.Kode, Offices.OfficeVocabularyJson.Read(office.KosakataJson));
    }

    /// <summary>The latest revision of every SOP of the office, by code.</summary>
    public async Task<IReadOnlyDictionary<string, (int RevisionId, SopDefinition Definition)>> CurrentAsync(int officeId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = officeId;
        var latest = await db.SopRevisions.AsNoTracking()
            .Where(r => r.Number == db.SopRevisions.Where(o => o.SopId == r.SopId).Max(o => o.Number))
            .Select(r => r.Id)
            .ToListAsync(ct);
        // Parsed once per process (a revision never changes): every open page of the office shares the same definitions.
        var current = new Dictionary<string, (int RevisionId, SopDefinition Definition)>();
        foreach (var id in latest)
        {
            var definition = await revisions.DefinitionAsync(id, ct);
            current[definition.Kode] = (id, definition);
        }
        return current;
    }
}
