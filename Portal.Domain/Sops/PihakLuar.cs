namespace Portal.Domain.Sops;

/// <summary>Parties outside the office that a step involves or waits on. Recorded on cases; never users.</summary>
public enum PihakLuar
{
    KelurahanRt,
    Disnaker,
    DinsosProvinsi,
    Baznas,
    Disdukcapil,
    Puskesmas,
    Rsud,
    Panti,
    Lk3,
    Keluarga,
}

public static class PihakLuarNames
{
    public static string Code(this PihakLuar p) => p switch
    {
        PihakLuar.KelurahanRt => "kelurahan-rt",
        PihakLuar.DinsosProvinsi => "dinsos-provinsi",
        _ => p.ToString().ToLowerInvariant(),
    };

    public static string Label(this PihakLuar p) => p switch
    {
        PihakLuar.KelurahanRt => "Petugas Kelurahan/RT",
        PihakLuar.Disnaker => "Dinas Perindustrian dan Tenaga Kerja",
        PihakLuar.DinsosProvinsi => "Dinas Sosial Provinsi",
        PihakLuar.Baznas => "BAZNAS",
        PihakLuar.Disdukcapil => "Disdukcapil",
        PihakLuar.Puskesmas => "Puskesmas",
        PihakLuar.Rsud => "RSUD",
        PihakLuar.Panti => "UPT/Panti",
        PihakLuar.Lk3 => "LK3",
        PihakLuar.Keluarga => "Keluarga klien",
        _ => p.ToString(),
    };

    public static bool TryParse(string code, out PihakLuar party)
    {
        foreach (var p in Enum.GetValues<PihakLuar>())
        {
            if (string.Equals(p.Code(), code.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                party = p;
                return true;
            }
        }
        party = default;
        return false;
    }
}
