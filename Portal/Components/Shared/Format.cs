using System.Globalization;

namespace Portal.Components.Shared;

/// <summary>One way to write each kind of moment on screen, in the office's time and Indonesian names.</summary>
public static class Format
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>
    /// The separator between values on one line of a card. Cards join their lines with it into one string, which Blazor
    /// sends as one text node; typed into the markup it would be markup, which the browser parses as HTML
    /// (docs/decisions/0019, 0020).
    /// </summary>
    public const string Dot = " · ";

    /// <summary>A moment something happened or is due: "Sel, 24 Nov 2026 09.23".</summary>
    public static string Moment(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("ddd, d MMM yyyy HH.mm", Indonesian);

    /// <summary>
    /// A moment in a spreadsheet cell or a notification: "24-11-2026 09.23", sortable as text and the same under any
    /// thread culture (a ':' in a .NET format is the culture's separator, which made it vary).
    /// </summary>
    public static string Cell(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("dd-MM-yyyy HH'.'mm", CultureInfo.InvariantCulture);

    /// <summary>A day something falls on: "Sel, 24 Nov 2026".</summary>
    public static string Day(DateOnly day) => day.ToString("ddd, d MMM yyyy", Indonesian);

    /// <summary>The office's day of a moment: "Sel, 24 Nov 2026".</summary>
    public static string Day(DateTimeOffset at, TimeZoneInfo zone) => Day(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime));
}
