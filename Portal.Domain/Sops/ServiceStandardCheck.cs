namespace Portal.Domain.Sops;

/// <summary>Compares an SOP with its Standar Pelayanan and names where they disagree.</summary>
public static class ServiceStandardCheck
{
    // Nominal lengths for comparing spans written in different units: a working day is 7.5 hours (Perpres 21/2023).
    private const int MinutesPerDay = 450;
    private const int DaysPerWeek = 5;
    private const int DaysPerMonth = 22;

    public static IReadOnlyList<string> Compare(SopDefinition sop, StandarPelayananContent standard)
    {
        var findings = new List<string>();
        var total = sop.Langkah.Where(s => s.Waktu is not null).Sum(s => NominalMinutes(s.Waktu!));
        var limit = NominalMinutes(standard.JangkaWaktu);
        if (total > limit)
        {
            var parts = sop.Langkah.Where(s => s.Waktu is not null).Select(s => s.Waktu!.ToString());
            findings.Add(
                $"Jumlah waktu langkah SOP ({Describe(total)}: {string.Join(" + ", parts)}) melebihi jangka waktu " +
                $"Standar Pelayanan ({standard.JangkaWaktu}).");
        }
        var outputs = sop.Langkah.Select(s => s.Output ?? "").ToList();
        foreach (var product in standard.Produk)
        {
            var key = product.Split('/')[0].Trim();
            if (!outputs.Any(o => o.Contains(key, StringComparison.OrdinalIgnoreCase)))
                findings.Add($"Produk layanan '{product}' tidak muncul sebagai output langkah mana pun di SOP.");
        }
        return findings;
    }

    private static int NominalMinutes(Waktu w) => w.Unit switch
    {
        WaktuUnit.Menit => w.Amount,
        WaktuUnit.Jam => w.Amount * 60,
        WaktuUnit.Hari => w.Amount * MinutesPerDay,
        WaktuUnit.Minggu => w.Amount * DaysPerWeek * MinutesPerDay,
        WaktuUnit.Bulan => w.Amount * DaysPerMonth * MinutesPerDay,
        // A calendar week holds DaysPerWeek working days.
        WaktuUnit.HariKalender => w.Amount * DaysPerWeek * MinutesPerDay / 7,
        _ => 0,
    };

    private static string Describe(int minutes)
    {
        var days = minutes / MinutesPerDay;
        var rest = minutes % MinutesPerDay;
        var text = new List<string>();
        if (days > 0) text.Add($"{days} hari kerja");
        if (rest / 60 > 0) text.Add($"{rest / 60} jam");
        if (rest % 60 > 0) text.Add($"{rest % 60} menit");
        return string.Join(" ", text);
    }
}
