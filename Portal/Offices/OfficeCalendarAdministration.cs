using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Sops;

namespace Portal.Offices;

/// <summary>The admin's edits of the office calendar: holidays (moon sighting moves them) and office hours.</summary>
public sealed class OfficeCalendarAdministration(IDbContextFactory<PortalDbContext> dbFactory, OfficeCalendars calendars)
{
    public async Task<IReadOnlyList<OfficeHoliday>> HolidaysAsync(Actor actor, int year)
    {
        await using var db = await ScopedAsync(actor);
        return await db.Holidays.AsNoTracking().Where(h => h.Date >= new DateOnly(year, 1, 1) && h.Date <= new DateOnly(year, 12, 31))
            .OrderBy(h => h.Date).ToListAsync();
    }

    public async Task AddHolidayAsync(Actor admin, DateOnly date, HolidayKind kind, string name)
    {
        EnsureAdmin(admin);
        if (string.IsNullOrWhiteSpace(name)) throw new DomainRuleException("Nama hari libur wajib diisi.");
        if (name.Length > 200) throw new DomainRuleException("Nama hari libur terlalu panjang (paling banyak 200 karakter).");
        await using var db = await ScopedAsync(admin);
        if (await db.Holidays.AnyAsync(h => h.Date == date)) throw new DomainRuleException($"{date:dd-MM-yyyy} sudah tercatat sebagai hari libur.");
        db.Holidays.Add(new OfficeHoliday { OfficeId = admin.OfficeId, Date = date, Kind = kind, Name = name.Trim() });
        await db.SaveChangesAsync();
        calendars.Invalidate(admin.OfficeId);
    }

    public async Task RemoveHolidayAsync(Actor admin, int holidayId)
    {
        EnsureAdmin(admin);
        await using var db = await ScopedAsync(admin);
        await db.Holidays.Where(h => h.Id == holidayId).ExecuteDeleteAsync();
        calendars.Invalidate(admin.OfficeId);
    }

    public async Task<IReadOnlyDictionary<DayOfWeek, string>> HoursAsync(Actor actor)
    {
        var calendar = await calendars.ForOfficeAsync(actor.OfficeId);
        return Enum.GetValues<DayOfWeek>().ToDictionary(d => d, d => string.Join(", ", calendar.Hours.On(d).Select(w => $"{w.Open:HH\\:mm}-{w.Close:HH\\:mm}")));
    }

    /// <summary>Replaces the office hours; each day is "07:30-12:00, 13:00-16:00" or empty for closed.</summary>
    public async Task SetHoursAsync(Actor admin, IReadOnlyDictionary<DayOfWeek, string> days)
    {
        EnsureAdmin(admin);
        var windows = new List<(DayOfWeek Day, OfficeWindow Window)>();
        foreach (var (day, text) in days)
        {
            foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var window = OfficeFileReader.ParseWindow(part)
                    ?? throw new DomainRuleException($"Jam kerja '{part}' harus ditulis JJ:MM-JJ:MM, mis. 07:30-16:00.");
                windows.Add((day, window));
            }
        }
        try
        {
            _ = new WorkingCalendar(TimeZoneInfo.Utc, new OfficeHours(windows), []);
        }
        catch (ArgumentException e)
        {
            throw new DomainRuleException(e.Message);
        }
        await using var db = await ScopedAsync(admin);
        await db.OfficeHours.Where(h => h.OfficeId == admin.OfficeId).ExecuteDeleteAsync();
        db.OfficeHours.AddRange(windows.Select(w => new OfficeHoursWindow { OfficeId = admin.OfficeId, Day = w.Day, Open = w.Window.Open, Close = w.Window.Close }));
        await db.SaveChangesAsync();
        calendars.Invalidate(admin.OfficeId);
    }

    private static void EnsureAdmin(Actor actor)
    {
        if (actor.Role != StaffRole.Admin) throw new DomainRuleException("Hanya admin kantor yang dapat mengubah kalender.");
    }

    private async Task<PortalDbContext> ScopedAsync(Actor actor)
    {
        var db = await dbFactory.CreateDbContextAsync();
        db.OfficeScope = actor.OfficeId;
        return db;
    }
}
