using Portal.Domain.Calendar;

namespace Portal.Offices;

/// <summary>A Dinas Sosial running its cases in the portal. Every record below it carries its id.</summary>
public sealed class Office
{
    public int Id { get; set; }
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    /// <summary>The prefix of the office's case register numbers (kantor.yaml <c>kode_register</c>), e.g. TRK.</summary>
    public required string KodeRegister { get; set; }
    public string? Alamat { get; set; }
    public string? Provinsi { get; set; }
    /// <summary>IANA time zone id, e.g. Asia/Makassar (WITA).</summary>
    public required string TimeZoneId { get; set; }
    /// <summary>The letterhead (kop surat) from kantor.yaml, as JSON of <see cref="Portal.Domain.Documents.KopSurat"/>; null until written there.</summary>
    public string? KopJson { get; set; }
    /// <summary>The logo beside the kop (PNG or JPEG), read from the office folder.</summary>
    public byte[]? KopLogo { get; set; }
    /// <summary>The agenda number pattern for outgoing letters, e.g. {klasifikasi}/{urut}/DINSOSPM/{bulan-romawi}/{tahun}.</summary>
    public string? PolaNomorSurat { get; set; }
    /// <summary>The office's own pelaksana and pihak_luar names from kantor.yaml (<see cref="OfficeVocabularyJson"/>); null when it declares none.</summary>
    public string? KosakataJson { get; set; }
    public List<Seksi> Seksi { get; set; } = [];
}

/// <summary>A section (seksi) of a bidang; cases and staff belong to one.</summary>
public sealed class Seksi
{
    public int Id { get; set; }
    public int OfficeId { get; set; }
    public required string Kode { get; set; }
    public required string Nama { get; set; }
    public required string Bidang { get; set; }
}

/// <summary>A non-working day of one office (libur nasional, cuti bersama or a local closure).</summary>
public sealed class OfficeHoliday
{
    public int Id { get; set; }
    public int OfficeId { get; set; }
    public DateOnly Date { get; set; }
    public HolidayKind Kind { get; set; }
    public required string Name { get; set; }
}

/// <summary>One opening window of one weekday of one office.</summary>
public sealed class OfficeHoursWindow
{
    public int Id { get; set; }
    public int OfficeId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Open { get; set; }
    public TimeOnly Close { get; set; }
}
