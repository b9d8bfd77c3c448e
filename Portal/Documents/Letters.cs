using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Cases;
using Portal.Clients;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Documents;
using Portal.Domain.Sops;
using Portal.Identity;

namespace Portal.Documents;

/// <summary>A letter as it would be issued now: its text for the preview, and what the case still lacks for it.</summary>
public sealed record LetterDraft(string Kode, string Judul, LetterContent Content, IReadOnlyList<string> Missing)
{
    public bool CanIssue => Missing.Count == 0;
}

/// <summary>
/// Issues the letters a case's steps produce: fills the office's template with the case's data, takes the next
/// agenda number, writes the PDF as a case file and records it in the history, all in one transaction, so a
/// letter that cannot be issued consumes no number.
/// </summary>
public sealed class Letters(
    IDbContextFactory<PortalDbContext> dbFactory, CaseWorkflow workflow, CaseDetailQuery details, LetterTemplates templates,
    StaffDirectory staff, AttachmentStore files, TimeProvider clock, Microsoft.Extensions.Options.IOptions<DocumentOptions> options)
{
    private readonly string? _license = options.Value.PdfSharpLicense;

    public async Task<LetterDraft> DraftAsync(Actor actor, Guid caseId, string kode, CancellationToken ct = default)
    {
        var detail = await details.LoadAsync(actor, caseId, ct) ?? throw new DomainRuleException("Kasus tidak ditemukan.");
        var (_, template) = (await templates.CurrentAsync(actor.OfficeId, ct)).GetValueOrDefault(kode);
        if (template is null) throw new DomainRuleException($"Templat surat '{kode}' tidak ada di kantor Anda.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == actor.OfficeId, ct);
        var kop = office.KopJson is null ? null : JsonSerializer.Deserialize<KopSurat>(office.KopJson);
        var nik = template.NikLengkap && detail.Clients.FirstOrDefault() is { HasNik: true } first
            ? await db.Clients.Where(c => c.Id == first.Id).Select(c => c.Nik).SingleAsync(ct)
            : null;
        var signer = template.Penandatangan.Peran is { } role
            ? (await staff.ForOfficeAsync(actor.OfficeId, ct)).FirstOrDefault(s => s.Role == role && !s.Locked)?.FullName
            : null;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(office.TimeZoneId)).DateTime);
        if (nik is not null)
        {
            // A full NIK on screen or paper is an access to personal data, logged as the case page logs it.
            db.ClientDataAccess.Add(new ClientDataAccess
            {
                OfficeId = actor.OfficeId, ClientId = detail.Clients[0].Id, CaseId = caseId, UserId = actor.UserId, UserName = actor.Name, At = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
        }

        var values = LetterValues.For(detail, actor, office, kop, nik, today);
        var missing = template.Fields.Where(f => values.GetValueOrDefault(f) is null).Select(f => LetterFields.All[f]).Distinct().ToList();
        if (kop is null) missing.Insert(0, "kop surat kantor (kop: di kantor.yaml)");
        if (template.Penandatangan.Peran is { } needed && signer is null) missing.Add($"pegawai aktif dengan peran {needed.Label()} untuk penandatangan");
        var filled = values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!);
        var content = new LetterContent(
            kop ?? new KopSurat("", office.Nama, office.Alamat ?? "", null, ""), office.KopLogo, template.Judul, "(nomor diberikan saat diterbitkan)",
            template.Kepada is null ? null : LetterTemplate.Fill(template.Kepada, filled),
            template.Perihal is null ? null : LetterTemplate.Fill(template.Perihal, filled),
            template.Paragraf.Select(p => LetterTemplate.Fill(p, filled)).ToList(), today, template.Penandatangan.Jabatan, signer, template.Tembusan)
        {
            Kertas = template.Kertas,
        };
        return new LetterDraft(kode, template.Judul, content, missing);
    }

    public async Task<IssuedLetter> IssueAsync(Actor actor, Guid caseId, string kode, CancellationToken ct = default)
    {
        var draft = await DraftAsync(actor, caseId, kode, ct);
        if (!draft.CanIssue)
            throw new DomainRuleException($"{draft.Judul} belum dapat dibuat; data yang belum ada: {string.Join(", ", draft.Missing)}. Tidak ada nomor surat yang terpakai.");
        var (revisionId, template) = (await templates.CurrentAsync(actor.OfficeId, ct))[kode];

        IssuedLetter? issued = null;
        string? written = null;
        try
        {
            await workflow.ChangeAsync(actor, caseId, null, async (c, token) =>
            {
                // The number and everything that uses it commit together (CaseWorkflow commits this transaction with the case).
                await c.Db.Database.BeginTransactionAsync(token);
                var office = await c.Db.Offices.AsNoTracking().SingleAsync(o => o.Id == actor.OfficeId, token);
                var year = draft.Content.Tanggal.Year;
                var urut = await RunningNumbers.NextAsync(c.Db, actor.OfficeId, NomorSurat.Series, year, token);
                var nomor = NomorSurat.Format(office.PolaNomorSurat ?? NomorSurat.DefaultPattern, template.Klasifikasi, urut, draft.Content.Tanggal);
                LetterPdf.UseLicense(_license);
                var pdf = LetterPdf.Render(draft.Content with { Nomor = nomor });

                var attachmentId = Guid.CreateVersion7();
                var fileName = $"{template.Judul} {nomor.Replace('/', '-')}.pdf";
                written = files.PathFor(actor.OfficeId, caseId, attachmentId);
                Directory.CreateDirectory(Path.GetDirectoryName(written)!);
                await File.WriteAllBytesAsync(written, pdf, token);

                c.Case.RecordLetter(template.Judul, nomor, actor, c.Sop, clock);
                c.Db.Add(new CaseAttachment
                {
                    Id = attachmentId, OfficeId = actor.OfficeId, CaseId = caseId, FileName = fileName, ContentType = "application/pdf",
                    Bytes = pdf.Length, UploadedByName = actor.Name, UploadedAt = clock.GetUtcNow(),
                });
                issued = new IssuedLetter(actor.OfficeId, caseId, c.Case.CurrentStep?.StepNo, revisionId, template, nomor, year, urut, attachmentId, actor, clock.GetUtcNow());
                c.Db.Add(issued);
            }, ct);
        }
        catch
        {
            if (written is not null) File.Delete(written);
            throw;
        }
        return issued!;
    }

    /// <summary>Withdraws an issued letter with the reason; its number is never given again.</summary>
    public async Task VoidAsync(Actor actor, Guid letterId, string reason, CancellationToken ct = default)
    {
        Guid caseId;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            db.OfficeScope = actor.OfficeId;
            caseId = await db.Letters.Where(l => l.Id == letterId).Select(l => (Guid?)l.CaseId).SingleOrDefaultAsync(ct)
                ?? throw new DomainRuleException("Surat tidak ditemukan.");
        }
        await workflow.ChangeAsync(actor, caseId, null, async (c, token) =>
        {
            var letter = await c.Db.Letters.SingleAsync(l => l.Id == letterId, token);
            letter.Void(actor, reason, clock.GetUtcNow());
            c.Case.RecordLetterVoided(letter.Judul, letter.Nomor, reason, actor, c.Sop, clock);
        }, ct);
    }
}
