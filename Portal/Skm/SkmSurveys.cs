using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Skm;
using Portal.Domain.Sops;

namespace Portal.Skm;

public sealed class SkmOptions
{
    public const string Section = "Skm";

    /// <summary>Questionnaires one address may send per ten minutes.</summary>
    public int PermitPerAddress { get; set; } = 10;

    /// <summary>A questionnaire sent sooner than this after the page was opened is a bot's.</summary>
    public int MinFillSeconds { get; set; } = 5;
}

/// <summary>The survey a Standar Pelayanan publishes, as the public page knows it: the office, the SP, nothing else.</summary>
public sealed record SkmSurvey(int OfficeId, string Kantor, string SpKode, string SpNama);

/// <summary>
/// The anonymous side of the SKM: find a Standar Pelayanan's survey by its public address and keep a filled
/// questionnaire. It reads across offices on purpose (the address names the office) and returns only the names.
/// </summary>
public sealed class SkmSurveys(IDbContextFactory<PortalDbContext> dbFactory, IDataProtectionProvider protection, IOptions<SkmOptions> options, TimeProvider clock)
{
    private readonly IDataProtector _started = protection.CreateProtector("Portal.Skm.FormStarted");

    public async Task<SkmSurvey?> FindAsync(string kantor, string spKode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var office = await db.Offices.AsNoTracking().Where(o => o.Kode == kantor).Select(o => new { o.Id, o.Nama }).SingleOrDefaultAsync(ct);
        if (office is null) return null;
        var nama = await db.Sops.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.OfficeId == office.Id && s.Kode == spKode && s.Jenis == SopDocumentKind.StandarPelayanan)
            .Select(s => s.Nama).SingleOrDefaultAsync(ct);
        return nama is null ? null : new SkmSurvey(office.Id, office.Nama, spKode, nama);
    }

    /// <summary>A tamper-proof note of when the form was handed out, carried in the form.</summary>
    public string StartToken() => _started.Protect(clock.GetUtcNow().UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Whether a form handed out with <paramref name="token"/> may be sent now: not too fast, not older than a day.</summary>
    public bool FilledLikeAPerson(string? token)
    {
        try
        {
            var started = new DateTimeOffset(long.Parse(_started.Unprotect(token ?? ""), System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero);
            var took = clock.GetUtcNow() - started;
            return took >= TimeSpan.FromSeconds(options.Value.MinFillSeconds) && took <= TimeSpan.FromDays(1);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return false;
        }
    }

    public async Task SubmitAsync(SkmSurvey survey, SkmJawaban jawaban, CancellationToken ct = default)
    {
        var response = SkmResponse.Record(survey.OfficeId, survey.SpKode, jawaban, clock.GetUtcNow());
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = survey.OfficeId;
        db.SkmResponses.Add(response);
        await db.SaveChangesAsync(ct);
    }
}
