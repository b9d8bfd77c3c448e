using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Documents;

namespace Portal.Documents;

public sealed record LetterRow(
    Guid Id, string Nomor, string Judul, Guid CaseId, string CaseNomor, DateTimeOffset IssuedAt, string IssuedByName,
    Guid AttachmentId, LetterStatus Status, string? VoidReason, string? VoidedByName);

public sealed record TemplateItem(string Kode, string Judul, string? Draf);

/// <summary>Reads for the letters of a case and the office's register of outgoing letters (buku agenda surat keluar).</summary>
public sealed class LetterQueries(IDbContextFactory<PortalDbContext> dbFactory, LetterTemplates templates)
{
    public Task<IReadOnlyList<LetterRow>> ForCaseAsync(Actor actor, Guid caseId, CancellationToken ct = default) =>
        ListAsync(actor, l => l.CaseId == caseId, ct);

    public Task<IReadOnlyList<LetterRow>> RegisterAsync(Actor actor, int year, CancellationToken ct = default) =>
        ListAsync(actor, l => l.Year == year, ct);

    public async Task<IReadOnlyList<TemplateItem>> TemplatesAsync(Actor actor, CancellationToken ct = default) =>
        (await templates.CurrentAsync(actor.OfficeId, ct)).Values.Select(t => new TemplateItem(t.Template.Kode, t.Template.Judul, t.Template.Draf))
            .OrderBy(t => t.Judul).ToList();

    private async Task<IReadOnlyList<LetterRow>> ListAsync(Actor actor, System.Linq.Expressions.Expression<Func<IssuedLetter, bool>> filter, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        return await (
            from l in db.Letters.AsNoTracking().Where(filter)
            join c in db.Cases on l.CaseId equals c.Id
            orderby l.Year descending, l.Urut descending
            select new LetterRow(l.Id, l.Nomor, l.Judul, l.CaseId, c.Nomor, l.IssuedAt, l.IssuedByName, l.AttachmentId, l.Status, l.VoidReason, l.VoidedByName))
            .ToListAsync(ct);
    }
}
