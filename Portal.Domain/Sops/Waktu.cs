using System.Text.RegularExpressions;

namespace Portal.Domain.Sops;

/// <summary>The units a mutu baku's standard time is written in. New units go at the end: stored SOPs keep their numbers.</summary>
public enum WaktuUnit { Menit, Jam, Hari, Minggu, Bulan, HariKalender }

/// <summary>The standard time (waktu) of a step: an amount and a unit, read from the spellings printed SOP tables use.</summary>
public sealed partial record Waktu(int Amount, WaktuUnit Unit)
{
    /// <summary>Every spelling of a unit, as tables print them ("hr" is hari, "mnt" menit).</summary>
    public static readonly IReadOnlyDictionary<string, WaktuUnit> UnitNames = new Dictionary<string, WaktuUnit>(StringComparer.OrdinalIgnoreCase)
    {
        ["menit"] = WaktuUnit.Menit,
        ["mnt"] = WaktuUnit.Menit,
        ["jam"] = WaktuUnit.Jam,
        ["hari"] = WaktuUnit.Hari,
        ["hr"] = WaktuUnit.Hari,
        ["hri"] = WaktuUnit.Hari,
        ["hari kerja"] = WaktuUnit.Hari,
        ["hari kalender"] = WaktuUnit.HariKalender,
        ["hr kalender"] = WaktuUnit.HariKalender,
        ["minggu"] = WaktuUnit.Minggu,
        ["mgg"] = WaktuUnit.Minggu,
        ["bulan"] = WaktuUnit.Bulan,
        ["bln"] = WaktuUnit.Bulan,
    };

    /// <summary>
    /// Parses "3 hari", "1hr", "2 hr", "24 jam", "15 mnt", "1 jam 30 menit", "14 hari kalender", "paling lama 14 hari
    /// kalender", a range "1-3 hari" (its upper end: the standard is the longest allowed). "0" and "-" mark a step
    /// with no time: null and no error. Otherwise null with a reason in Bahasa Indonesia.
    /// </summary>
    public static Waktu? TryParse(string text, out string? error)
    {
        error = null;
        var printed = text.Trim();
        if (printed is "0" or "-" or "–") return null;
        var body = MaximumWords().Replace(printed, "").Trim();
        var parts = Part().Matches(body);
        if (parts.Count == 0 || Part().Replace(body, "").Trim().Length > 0)
        {
            error = $"'{text}' bukan waktu yang sah; tulis jumlah dan satuan, mis. '3 hari', '1 jam 30 menit' atau '14 hari kalender'";
            return null;
        }
        var total = new List<Waktu>();
        foreach (Match part in parts)
        {
            var amount = int.Parse(part.Groups["to"].Success ? part.Groups["to"].Value : part.Groups["n"].Value);
            var unitText = WhiteSpace().Replace(part.Groups["unit"].Value.Trim(), " ");
            if (!UnitNames.TryGetValue(unitText, out var unit))
            {
                error = $"satuan '{unitText}' tidak dikenal; gunakan menit (mnt), jam, hari (hr), hari kalender, minggu atau bulan";
                return null;
            }
            if (amount <= 0)
            {
                error = $"jumlah '{part.Groups["n"].Value}' harus bilangan bulat lebih dari 0 (tulis '0' saja untuk langkah tanpa waktu)";
                return null;
            }
            total.Add(new Waktu(amount, unit));
        }
        if (total.Count == 1) return total[0];
        // "1 jam 30 menit": office minutes added up; other units do not add up into one standard.
        if (total.All(w => w.OfficeMinutes is not null))
        {
            var minutes = total.Sum(w => w.OfficeMinutes!.Value);
            return minutes % 60 == 0 ? new Waktu(minutes / 60, WaktuUnit.Jam) : new Waktu(minutes, WaktuUnit.Menit);
        }
        error = $"'{text}': hanya menit dan jam yang dapat dijumlahkan (mis. '1 jam 30 menit')";
        return null;
    }

    /// <summary>Minutes of office time this waktu stands for when counted in minutes (menit/jam only).</summary>
    public int? OfficeMinutes => Unit switch
    {
        WaktuUnit.Menit => Amount,
        WaktuUnit.Jam => Amount * 60,
        _ => null,
    };

    /// <summary>Counted in days (working or calendar) of at least <paramref name="days"/>, or in weeks or months.</summary>
    public bool IsAtLeastDays(int days) => Unit is WaktuUnit.Minggu or WaktuUnit.Bulan || (Unit is WaktuUnit.Hari or WaktuUnit.HariKalender && Amount >= days);

    public override string ToString() => Unit == WaktuUnit.HariKalender ? $"{Amount} hari kalender" : $"{Amount} {Unit.ToString().ToLowerInvariant()}";

    [GeneratedRegex(@"^(paling\s+lama|maksimal|maks\.?|selambat-lambatnya)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex MaximumWords();

    [GeneratedRegex(@"(?<n>\d+)(\s*[-–]\s*(?<to>\d+))?\s*(?<unit>(hari|hr)\s+(kalender|kerja)|[a-z]+)\.?", RegexOptions.IgnoreCase)]
    private static partial Regex Part();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
