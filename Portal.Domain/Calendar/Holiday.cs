namespace Portal.Domain.Calendar;

public enum HolidayKind
{
    /// <summary>Libur nasional.</summary>
    LiburNasional,
    /// <summary>Cuti bersama.</summary>
    CutiBersama,
    /// <summary>A local closure the office adds itself.</summary>
    LiburDaerah,
}

public sealed record Holiday(DateOnly Date, HolidayKind Kind, string Name);
