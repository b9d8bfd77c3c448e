namespace Portal.Domain.Sops;

/// <summary>
/// Kinds of parties outside the office that a step involves, waits on or is done by. Recorded on cases; never users.
/// New kinds go at the end: stored steps keep their numbers.
/// </summary>
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
    /// <summary>The applicant (orang tua, wali, the client) who brings or completes the papers.</summary>
    Pemohon,
    /// <summary>A party an office names in its kantor.yaml that fits none of the kinds above.</summary>
    Lainnya,
}

/// <summary>An outside party as a step names it: one of the portal's kinds, or a party the office declares in kantor.yaml.</summary>
public sealed record PihakRef(string Kode, string Nama, PihakLuar Jenis)
{
    public static PihakRef Of(PihakLuar party) => new(party.Code(), party.Label(), party);

    /// <summary>One of the portal's kinds, named as the portal names it.</summary>
    public static implicit operator PihakRef(PihakLuar party) => Of(party);
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
        PihakLuar.Pemohon => "Pemohon",
        PihakLuar.Lainnya => "Pihak luar lainnya",
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
