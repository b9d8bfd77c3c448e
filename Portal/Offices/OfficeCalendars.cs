using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;

namespace Portal.Offices;

/// <summary>Builds an office's <see cref="WorkingCalendar"/> from its hours and holidays in the database.</summary>
public sealed class OfficeCalendars(IDbContextFactory<PortalDbContext> dbFactory, Microsoft.Extensions.Options.IOptions<Deadlines.DeadlineOptions> deadlines)
{
    // Every page and deadline asks; the calendar changes only when an administrator edits it.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, WorkingCalendar> _cache = new();

    public async Task<WorkingCalendar> ForOfficeAsync(int officeId, CancellationToken ct = default)
    {
        if (_cache.TryGetValue(officeId, out var cached)) return cached;
        var calendar = await LoadAsync(officeId, ct);
        _cache[officeId] = calendar;
        return calendar;
    }

    /// <summary>Call after changing an office's hours or holidays.</summary>
    public void Invalidate(int officeId) => _cache.TryRemove(officeId, out _);

    private async Task<WorkingCalendar> LoadAsync(int officeId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OfficeScope = officeId;
        var zone = await db.Offices.Where(o => o.Id == officeId).Select(o => o.TimeZoneId).SingleAsync(ct);
        var hours = await db.OfficeHours.AsNoTracking().Where(h => h.OfficeId == officeId)
            .Select(h => new { h.Day, h.Open, h.Close }).ToListAsync(ct);
        var holidays = await db.Holidays.AsNoTracking()
            .Select(h => new Holiday(h.Date, h.Kind, h.Name)).ToListAsync(ct);
        var officeHours = hours.Count == 0
            ? Domain.Calendar.OfficeHours.Default
            : new Domain.Calendar.OfficeHours(hours.Select(h => (h.Day, new OfficeWindow(h.Open, h.Close))));
        return new WorkingCalendar(TimeZoneInfo.FindSystemTimeZoneById(zone), officeHours, holidays) { WarningShare = deadlines.Value.WarningShare };
    }
}
