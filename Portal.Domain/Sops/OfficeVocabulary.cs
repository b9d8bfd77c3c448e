namespace Portal.Domain.Sops;

/// <summary>
/// A name an office's own SOPs give a pelaksana column (a UPT section, TKSK, "Bag. Penyantunan"), with the portal roles
/// whose users complete its steps (a "Staf/Peksos/TSKK" column is worked by social workers and clerks alike).
/// </summary>
public sealed record OfficeRoleName(string Kode, string Nama, IReadOnlyList<StaffRole> Peran);

/// <summary>
/// The words an office's SOP tables use beyond the portal's own (kantor.yaml <c>pelaksana</c> and <c>pihak_luar</c>):
/// its units and roles, each mapped to a portal role, and the outside parties it deals with.
/// </summary>
public sealed record OfficeVocabulary(IReadOnlyList<OfficeRoleName> Pelaksana, IReadOnlyList<PihakRef> PihakLuar)
{
    public static OfficeVocabulary Empty { get; } = new([], []);

    public OfficeRoleName? Role(string kode) =>
        Pelaksana.FirstOrDefault(r => string.Equals(r.Kode, kode.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>An office party by its code, else one of the portal's kinds.</summary>
    public PihakRef? Party(string kode)
    {
        var own = PihakLuar.FirstOrDefault(p => string.Equals(p.Kode, kode.Trim(), StringComparison.OrdinalIgnoreCase));
        if (own is not null) return own;
        return PihakLuarNames.TryParse(kode, out var party) ? PihakRef.Of(party) : null;
    }
}
