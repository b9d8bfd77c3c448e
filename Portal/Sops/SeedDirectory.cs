using Microsoft.Extensions.Options;
using Portal.Offices;

namespace Portal.Sops;

public sealed class SeedOptions
{
    public const string Section = "Seeds";

    /// <summary>The seeds folder: one sub-folder per office with its <c>kantor.yaml</c> and SOP files.</summary>
    public required string Directory { get; set; }
}

/// <summary>What the last start-up load of <c>seeds/</c> did, for the administrator to read.</summary>
public sealed class SeedLoadReport
{
    public IReadOnlyList<SeedFileError> OfficeErrors { get; set; } = [];
    public IReadOnlyList<SopLoadResult> Sops { get; set; } = [];
    public IReadOnlyList<Documents.LetterLoadResult> Letters { get; set; } = [];
}

/// <summary>Loads every office and SOP file under the seeds folder.</summary>
public sealed class SeedDirectory(
    IOptions<SeedOptions> options, IHostEnvironment env, OfficeSeeder offices, SopLibrary library, Documents.LetterTemplates letterTemplates,
    SeedLoadReport report, ILogger<SeedDirectory> log)
{
    public const string OfficeFileName = "kantor.yaml";
    public const string LetterFolder = "surat";

    public string Root => Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.Directory));

    public async Task<SeedLoadReport> LoadAsync(CancellationToken ct = default)
    {
        if (!Directory.Exists(Root))
            throw new InvalidOperationException($"Folder seeds tidak ditemukan: {Root} (atur Seeds:Directory).");
        var officeErrors = new List<SeedFileError>();
        var sops = new List<SopLoadResult>();
        var letters = new List<Documents.LetterLoadResult>();
        foreach (var folder in Directory.GetDirectories(Root).Order())
        {
            var officeFile = Path.Combine(folder, OfficeFileName);
            if (!File.Exists(officeFile)) continue;
            var (officeId, errors) = await offices.SeedAsync(officeFile, Relative(officeFile), ct);
            officeErrors.AddRange(errors);
            if (officeId is null)
            {
                log.LogError("Kantor dari {File} ditolak: {Errors}", Relative(officeFile), string.Join("; ", errors));
                continue;
            }
            // Templates first: SOP steps name them.
            var letterFiles = new List<(string, string)>();
            var letterFolder = Path.Combine(folder, LetterFolder);
            if (Directory.Exists(letterFolder))
                foreach (var path in Directory.GetFiles(letterFolder, "*.yaml").Order())
                    letterFiles.Add((Relative(path), await File.ReadAllTextAsync(path, ct)));
            letters.AddRange(await letterTemplates.LoadAsync(officeId.Value, letterFiles, "seeds", ct));
            var files = new List<(string, string)>();
            foreach (var path in Directory.GetFiles(folder, "*.yaml").Where(f => Path.GetFileName(f) != OfficeFileName).Order())
                files.Add((Relative(path), await File.ReadAllTextAsync(path, ct)));
            sops.AddRange(await library.LoadAsync(officeId.Value, files, "seeds", ct));
        }
        report.OfficeErrors = officeErrors;
        report.Sops = sops;
        report.Letters = letters;
        return report;
    }

    private string Relative(string path) => Path.Combine("seeds", Path.GetRelativePath(Root, path));
}
