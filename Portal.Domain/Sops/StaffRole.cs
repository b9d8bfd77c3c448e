namespace Portal.Domain.Sops;

/// <summary>The roles of portal users. A step's pelaksana names one or more of them.</summary>
public enum StaffRole
{
    Pengadministrasi,
    Peksos,
    Konselor,
    Koordinator,
    Kabid,
    Kadis,
    PetugasShelter,
    Admin,
}

public static class StaffRoles
{
    /// <summary>The spelling used in SOP files and role names: "petugas-shelter".</summary>
    public static string Code(this StaffRole role) => role switch
    {
        StaffRole.PetugasShelter => "petugas-shelter",
        _ => role.ToString().ToLowerInvariant(),
    };

    public static string Label(this StaffRole role) => role switch
    {
        StaffRole.Pengadministrasi => "Pengadministrasi",
        StaffRole.Peksos => "Pekerja Sosial",
        StaffRole.Konselor => "Konselor",
        StaffRole.Koordinator => "Koordinator",
        StaffRole.Kabid => "Kepala Bidang",
        StaffRole.Kadis => "Kepala Dinas",
        StaffRole.PetugasShelter => "Petugas Shelter",
        StaffRole.Admin => "Admin",
        _ => role.ToString(),
    };

    public static IReadOnlyList<StaffRole> All { get; } = Enum.GetValues<StaffRole>();

    public static bool TryParse(string code, out StaffRole role)
    {
        foreach (var r in All)
        {
            if (string.Equals(r.Code(), code.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = r;
                return true;
            }
        }
        role = default;
        return false;
    }

    /// <summary>Roles whose step is a sign-off (approve or return), not field work.</summary>
    public static bool SignsOff(this StaffRole role) => role is StaffRole.Koordinator or StaffRole.Kabid or StaffRole.Kadis;
}
