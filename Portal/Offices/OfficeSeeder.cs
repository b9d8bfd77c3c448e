using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Sops;

namespace Portal.Offices;

/// <summary>
/// Creates an office from its <c>kantor.yaml</c> the first time it is seen. After that the database is the
/// truth an administrator edits: seeding adds only what is missing (a new seksi, a year of holidays not yet held).
/// </summary>
public sealed class OfficeSeeder(IDbContextFactory<PortalDbContext> dbFactory, OfficeCalendars calendars, ILogger<OfficeSeeder> log)
{
    public async Task<(int? OfficeId, IReadOnlyList<SeedFileError> Errors)> SeedAsync(string officeFile, string displayName, CancellationToken ct)
    {
        var (file, errors) = OfficeFileReader.Read(displayName, await File.ReadAllTextAsync(officeFile, ct));
        if (file is null) return (null, errors);

        var holidays = new List<Holiday>();
        if (file.KalenderFile is { } kalender)
        {
            var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(officeFile)!, kalender));
            if (!File.Exists(path))
                return (null, [new SeedFileError(displayName, 1, 1, "kalender", $"berkas kalender '{kalender}' tidak ditemukan")]);
            var (list, csvErrors) = HolidayCsvReader.Read(Path.GetFileName(path), await File.ReadAllTextAsync(path, ct));
            if (csvErrors.Count > 0) return (null, csvErrors);
            holidays = list.ToList();
        }

        byte[]? logo = null;
        if (file.KopLogoFile is { } logoFile)
        {
            var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(officeFile)!, logoFile));
            if (!File.Exists(path)) return (null, [new SeedFileError(displayName, 1, 1, "kop.logo", $"berkas logo '{logoFile}' tidak ditemukan")]);
            logo = await File.ReadAllBytesAsync(path, ct);
            if (!Portal.Documents.LetterPdf.IsPngOrJpeg(logo))
                return (null, [new SeedFileError(displayName, 1, 1, "kop.logo", $"logo '{logoFile}' harus berkas PNG atau JPEG")]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var office = await db.Offices.Include(o => o.Seksi).SingleOrDefaultAsync(o => o.Kode == file.Kode, ct);
        if (office is null)
        {
            office = new Office { Kode = file.Kode, Nama = file.Nama, KodeRegister = file.KodeRegister, Alamat = file.Alamat, Provinsi = file.Provinsi, TimeZoneId = file.TimeZoneId };
            db.Offices.Add(office);
            await db.SaveChangesAsync(ct);
            db.OfficeHours.AddRange(file.JamKerja.Select(w => new OfficeHoursWindow { OfficeId = office.Id, Day = w.Day, Open = w.Window.Open, Close = w.Window.Close }));
            log.LogInformation("Kantor {Kode} dibuat dari {File}", file.Kode, displayName);
        }
        // The letterhead and numbering pattern are the office's printed identity, not something administered here: kept as written.
        office.KopJson = file.Kop is null ? null : System.Text.Json.JsonSerializer.Serialize(file.Kop);
        office.KopLogo = logo;
        office.PolaNomorSurat = file.PolaNomorSurat;
        // The names its SOP tables use are the office's documents too: kept as written, read by every SOP load.
        office.KosakataJson = OfficeVocabularyJson.Write(file.Kosakata);
        foreach (var (kode, nama, bidang) in file.Seksi.Where(s => office.Seksi.All(e => e.Kode != s.Kode)))
            office.Seksi.Add(new Seksi { OfficeId = office.Id, Kode = kode, Nama = nama, Bidang = bidang });

        var yearsHeld = await db.Holidays.IgnoreQueryFilters().Where(h => h.OfficeId == office.Id)
            .Select(h => h.Date.Year).Distinct().ToListAsync(ct);
        db.Holidays.AddRange(holidays.Where(h => !yearsHeld.Contains(h.Date.Year))
            .Select(h => new OfficeHoliday { OfficeId = office.Id, Date = h.Date, Kind = h.Kind, Name = h.Name }));
        await db.SaveChangesAsync(ct);
        calendars.Invalidate(office.Id);
        return (office.Id, []);
    }
}
