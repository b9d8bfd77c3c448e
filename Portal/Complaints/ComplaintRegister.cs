using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Complaints;
using Portal.Domain.Sops;
using Portal.Notifications;
using Portal.Offices;
using Portal.Sops;

namespace Portal.Complaints;

/// <summary>
/// Registers complaints and moves them through diterima → ditindaklanjuti → selesai. The follow-up time comes from
/// the Standar Pelayanan's file; the number from the office's running series; the koordinator is told at once.
/// </summary>
public sealed class ComplaintRegister(IDbContextFactory<PortalDbContext> dbFactory, SopLibrary library, OfficeCalendars calendars, TimeProvider clock)
{
    public const string Series = "pengaduan";

    /// <summary>Who is told of a new complaint and of one nearing or past its follow-up time.</summary>
    public static readonly StaffRole[] Responsible = [StaffRole.Koordinator];

    public async Task<Guid> RegisterAsync(Actor actor, PengaduanBaru data, CancellationToken ct = default)
    {
        var sp = (await library.CurrentAsync(actor.OfficeId, ct)).GetValueOrDefault(data.SpKode ?? "").Definition;
        if (sp?.StandarPelayanan is not { } standard) throw new DomainRuleException("Pilih layanan (Standar Pelayanan) yang diadukan.");
        var calendar = await calendars.ForOfficeAsync(actor.OfficeId, ct);
        await using var db = await ScopedAsync(actor, ct);
        if (data.CaseId is { } caseId && !await db.Cases.AnyAsync(c => c.Id == caseId, ct)) throw new DomainRuleException("Kasus yang dirujuk tidak ditemukan di kantor ini.");
        if (Pengaduan.Check(data, clock.GetUtcNow()) is [var first, ..]) throw new DomainRuleException(first);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var year = calendar.ToOfficeTime(data.DiterimaPada).Year;
        var register = await db.Offices.Where(o => o.Id == actor.OfficeId).Select(o => o.KodeRegister).SingleAsync(ct);
        var nomor = $"{register}-ADU-{year}-{await RunningNumbers.NextAsync(db, actor.OfficeId, Series, year, ct):0000}";
        var pengaduan = Pengaduan.Register(data, nomor, standard.TindakLanjutPengaduan ?? StandarPelayananContent.DefaultTindakLanjutPengaduan, actor, calendar, clock);
        db.Pengaduan.Add(pengaduan);
        var now = clock.GetUtcNow();
        NotificationCenter.Add(db, actor.OfficeId, data.CaseId, await NotificationCenter.UsersInRolesAsync(db, actor.OfficeId, Responsible, now, ct),
            "PengaduanBaru", $"Pengaduan baru {nomor} tentang {sp.Nama}; tindak lanjut paling lambat {Components.Shared.Format.Cell(pengaduan.DueAt, calendar.TimeZone)}.", now);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return pengaduan.Id;
    }

    public Task FollowUpAsync(Actor actor, Guid id, int seenVersion, string tindakan, CancellationToken ct = default) =>
        ChangeAsync(actor, id, seenVersion, p => p.FollowUp(tindakan, actor, clock), ct);

    public Task CloseAsync(Actor actor, Guid id, int seenVersion, string jawaban, CancellationToken ct = default) =>
        ChangeAsync(actor, id, seenVersion, p => p.Close(jawaban, actor, clock), ct);

    private async Task ChangeAsync(Actor actor, Guid id, int seenVersion, Action<Pengaduan> change, CancellationToken ct)
    {
        await using var db = await ScopedAsync(actor, ct);
        var pengaduan = await db.Pengaduan.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new DomainRuleException("Pengaduan tidak ditemukan.");
        if (pengaduan.Version != seenVersion)
            throw new DomainRuleException("Pengaduan ini baru saja diubah oleh rekan Anda. Tampilan sudah diperbarui; isian Anda masih ada — periksa lalu kirim lagi.");
        change(pengaduan);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleException("Pengaduan ini baru saja diubah oleh rekan Anda. Tampilan sudah diperbarui; isian Anda masih ada — periksa lalu kirim lagi.");
        }
    }

    /// <summary>The sweep's part: warns and flags complaints at their instants, telling the koordinator (and the kabid when late).</summary>
    public async Task<(int Warned, int Late)> ApplyDeadlinesAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var due = await db.Pengaduan.IgnoreQueryFilters().Where(p => p.Status != StatusPengaduan.Selesai
                && ((p.WarnedAt == null && p.WarnAt <= now) || (p.LateFlaggedAt == null && p.DueAt <= now)))
            .OrderBy(p => p.DueAt).Take(500).ToListAsync(ct);
        int warned = 0, late = 0;
        // Recipients depend only on the office and the kind: looked up once each, not per complaint.
        var recipients = new Dictionary<(int OfficeId, bool Late), IReadOnlyList<string>>();
        foreach (var p in due)
        {
            var happened = p.ApplyDeadlines(now);
            if (happened.Count == 0) continue;
            var isLate = happened.Contains("Terlambat");
            if (isLate) late++; else warned++;
            if (!recipients.TryGetValue((p.OfficeId, isLate), out var users))
                recipients[(p.OfficeId, isLate)] = users = await NotificationCenter.UsersInRolesAsync(
                    db, p.OfficeId, isLate ? Responsible.Append(StaffRole.Kabid) : Responsible, now, ct);
            var zone = (await calendars.ForOfficeAsync(p.OfficeId, ct)).TimeZone;
            NotificationCenter.Add(db, p.OfficeId, p.CaseId, users, isLate ? "PengaduanTerlambat" : "PengaduanMendekatiBatas",
                $"{(isLate ? "Terlambat" : "Mendekati batas")}: tindak lanjut pengaduan {p.Nomor}; batas {Components.Shared.Format.Cell(p.DueAt, zone)}.", now);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A colleague changed one of them meanwhile: the next sweep judges it again.
            return (0, 0);
        }
        return (warned, late);
    }

    private async Task<PortalDbContext> ScopedAsync(Actor actor, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = actor.OfficeId;
        return db;
    }
}
