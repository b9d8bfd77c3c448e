namespace Portal.Domain.Sops;

/// <summary>The units a mutu baku's standard time is written in.</summary>
public enum WaktuUnit { Menit, Jam, Hari, Minggu, Bulan }

/// <summary>The standard time (waktu) of a step, as printed: an amount and a unit.</summary>
public sealed record Waktu(int Amount, WaktuUnit Unit)
{
    public static readonly IReadOnlyDictionary<string, WaktuUnit> UnitNames = new Dictionary<string, WaktuUnit>(StringComparer.OrdinalIgnoreCase)
    {
        ["menit"] = WaktuUnit.Menit,
        ["jam"] = WaktuUnit.Jam,
        ["hari"] = WaktuUnit.Hari,
        ["minggu"] = WaktuUnit.Minggu,
        ["bulan"] = WaktuUnit.Bulan,
    };

    /// <summary>Parses "3 hari", "15 menit". Returns null with a reason in Bahasa Indonesia when it cannot.</summary>
    public static Waktu? TryParse(string text, out string? error)
    {
        error = null;
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            error = $"'{text}' bukan waktu yang sah; tulis jumlah dan satuan, mis. '3 hari'";
            return null;
        }
        if (!int.TryParse(parts[0], out var amount) || amount <= 0)
        {
            error = $"jumlah '{parts[0]}' harus bilangan bulat lebih dari 0";
            return null;
        }
        if (!UnitNames.TryGetValue(parts[1], out var unit))
        {
            error = $"satuan '{parts[1]}' tidak dikenal; gunakan menit, jam, hari, minggu atau bulan";
            return null;
        }
        return new Waktu(amount, unit);
    }

    /// <summary>Minutes of office time this waktu stands for when counted in minutes (menit/jam only).</summary>
    public int? OfficeMinutes => Unit switch
    {
        WaktuUnit.Menit => Amount,
        WaktuUnit.Jam => Amount * 60,
        _ => null,
    };

    public override string ToString() => $"{Amount} {Unit.ToString().ToLowerInvariant()}";
}
