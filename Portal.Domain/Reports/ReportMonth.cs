using System.Globalization;

namespace Portal.Domain.Reports;

/// <summary>A calendar month of an office, the unit offices report in.</summary>
public readonly record struct ReportMonth(int Year, int Month) : IComparable<ReportMonth>
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static ReportMonth Of(DateOnly day) => new(day.Year, day.Month);

    /// <summary>"2026-11", as a query string carries it; null when the text is not a month.</summary>
    public static ReportMonth? Parse(string? text) =>
        DateOnly.TryParseExact($"{text}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? Of(day) : null;

    public DateOnly FirstDay => new(Year, Month, 1);
    public ReportMonth Previous() => Of(FirstDay.AddMonths(-1));

    /// <summary>"November 2026".</summary>
    public string Nama => FirstDay.ToString("MMMM yyyy", Indonesian);
    public string Kode => FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The month as instants, midnight to midnight in the office's time zone: [start, end).</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Bounds(TimeZoneInfo zone) => (Midnight(FirstDay, zone), Midnight(FirstDay.AddMonths(1), zone));

    /// <summary>From the first of January to the end of this month: the year-to-date span SPM reports use.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) YearToDate(TimeZoneInfo zone) => (Midnight(new DateOnly(Year, 1, 1), zone), Bounds(zone).End);

    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public int CompareTo(ReportMonth other) => (Year, Month).CompareTo((other.Year, other.Month));
    public override string ToString() => Kode;
}
