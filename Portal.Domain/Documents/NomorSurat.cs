using System.Text.RegularExpressions;

namespace Portal.Domain.Documents;

/// <summary>
/// An office's agenda number for outgoing letters, in its own pattern, e.g.
/// <c>{klasifikasi}/{urut}/DINSOSPM/{bulan-romawi}/{tahun}</c> → <c>400.9.3/0042/DINSOSPM/XI/2026</c>.
/// </summary>
public static class NomorSurat
{
    public const string Series = "surat";
    public const string DefaultPattern = "{klasifikasi}/{urut}/{tahun}";

    private static readonly Regex Token = new(@"\{([a-z-]+)\}", RegexOptions.Compiled);
    private static readonly string[] Known = ["klasifikasi", "urut", "bulan", "bulan-romawi", "tahun"];
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    /// <summary>Why a pattern cannot number letters, or null when it can.</summary>
    public static string? Problem(string pattern)
    {
        var unknown = Token.Matches(pattern).Select(m => m.Groups[1].Value).Where(t => !Known.Contains(t)).ToList();
        if (unknown.Count > 0) return $"bagian '{{{unknown[0]}}}' tidak dikenal; gunakan {string.Join(", ", Known.Select(k => $"{{{k}}}"))}";
        return pattern.Contains("{urut}", StringComparison.Ordinal) ? null : "pola harus memuat {urut}, nomor agenda yang berjalan";
    }

    public static string Format(string pattern, string klasifikasi, int urut, DateOnly date) => Token.Replace(pattern, m => m.Groups[1].Value switch
    {
        "klasifikasi" => klasifikasi,
        "urut" => urut.ToString("0000", System.Globalization.CultureInfo.InvariantCulture),
        "bulan" => date.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
        "bulan-romawi" => Roman[date.Month - 1],
        "tahun" => date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => m.Value,
    });
}

/// <summary>The letterhead of an office (kop surat), as Indonesian government letters print it above a rule.</summary>
public sealed record KopSurat(string Pemerintah, string Dinas, string Alamat, string? Kontak, string Kota);
