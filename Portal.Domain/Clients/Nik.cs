namespace Portal.Domain.Clients;

public enum Sex { LakiLaki, Perempuan }

/// <summary>
/// A Nomor Induk Kependudukan: 16 digits PP KK CC DDMMYY SSSS. The region is where it was first
/// registered, the day carries +40 for women, and there is no check digit.
/// </summary>
public sealed record Nik
{
    // Province codes in use (Kemendagri), including the Papua provinces formed in 2022.
    private static readonly HashSet<int> Provinces =
    [
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21,
        31, 32, 33, 34, 35, 36,
        51, 52, 53,
        61, 62, 63, 64, 65,
        71, 72, 73, 74, 75, 76,
        81, 82,
        91, 92, 93, 94, 95, 96,
    ];

    private Nik(string value, Sex sex, DateOnly birthDate)
    {
        Value = value;
        Sex = sex;
        BirthDate = birthDate;
    }

    public string Value { get; }
    public Sex Sex { get; }
    public DateOnly BirthDate { get; }
    public string ProvinceCode => Value[..2];
    /// <summary>How a NIK is shown to anyone not revealing it: the last four digits only.</summary>
    public string Masked => Mask(Value);

    /// <summary>The one masking rule for a stored NIK (null for a client registered without one).</summary>
    public static string Mask(string? nik) => nik is null ? "tanpa NIK" : $"NIK ••••{nik[^4..]}";

    public override string ToString() => Value;

    /// <summary>Parses a typed NIK (spaces, dots and dashes allowed). <paramref name="today"/> decides the century.</summary>
    public static NikResult Parse(string? input, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(input)) return NikResult.Fail("NIK kosong.");
        var digits = new string(input.Where(c => c is not (' ' or '.' or '-')).ToArray());
        if (digits.Any(c => c is < '0' or > '9'))
            return NikResult.Fail("NIK hanya boleh berisi angka (spasi, titik dan tanda hubung diabaikan).");
        if (digits.Length != 16)
            return NikResult.Fail($"NIK harus 16 angka; yang diisi {digits.Length} angka.");

        int Part(int start, int length) => int.Parse(digits.AsSpan(start, length));
        var province = Part(0, 2);
        if (!Provinces.Contains(province))
            return NikResult.Fail($"Kode provinsi '{digits[..2]}' (angka 1–2) tidak dikenal.");
        if (Part(2, 2) == 0)
            return NikResult.Fail("Kode kabupaten/kota (angka 3–4) tidak boleh 00.");
        if (Part(4, 2) == 0)
            return NikResult.Fail("Kode kecamatan (angka 5–6) tidak boleh 00.");

        var day = Part(6, 2);
        var month = Part(8, 2);
        var year = Part(10, 2);
        var sex = day > 40 ? Sex.Perempuan : Sex.LakiLaki;
        var realDay = day > 40 ? day - 40 : day;
        if (day is 0 or (> 31 and < 41) or > 71)
            return NikResult.Fail($"Tanggal lahir dalam NIK (angka 7–8) '{digits[6..8]}' tidak sah: 01–31 untuk laki-laki, 41–71 untuk perempuan (tanggal + 40).");
        if (month is < 1 or > 12)
            return NikResult.Fail($"Bulan lahir dalam NIK (angka 9–10) '{digits[8..10]}' tidak sah: harus 01–12.");
        var fullYear = 2000 + year > today.Year ? 1900 + year : 2000 + year;
        if (realDay > DateTime.DaysInMonth(fullYear, month))
            return NikResult.Fail($"Tanggal lahir dalam NIK tidak ada di kalender: {realDay:00}-{month:00}-{fullYear}.");
        var birth = new DateOnly(fullYear, month, realDay);
        if (birth > today)
            return NikResult.Fail($"Tanggal lahir dalam NIK ({birth:dd-MM-yyyy}) ada di masa depan.");
        if (Part(12, 4) == 0)
            return NikResult.Fail("Nomor urut (angka 13–16) tidak boleh 0000.");
        return NikResult.Ok(new Nik(digits, sex, birth));
    }
}

public sealed record NikResult(Nik? Nik, string? Error)
{
    public bool IsValid => Nik is not null;
    internal static NikResult Ok(Nik nik) => new(nik, null);
    internal static NikResult Fail(string error) => new(null, error);
}
