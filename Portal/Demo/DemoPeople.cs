using Portal.Domain.Clients;
using Portal.Domain.Sops;

namespace Portal.Demo;

/// <summary>Plausible, fictitious staff and clients for the demo. NIKs are well-formed but invented.</summary>
internal sealed class DemoPeople(string officeKode, DateOnly today)
{
    private static readonly string[] MaleNames = ["Andi", "Budi", "Rahmat", "Yusuf", "Hendra", "Daniel", "Agus", "Imam", "La Ode", "Markus", "Sahabuddin"];
    private static readonly string[] FemaleNames = ["Siti", "Dewi", "Nur", "Maria", "Rina", "Fitri", "Lusiana", "Wulan", "Hasnah", "Yohana", "Kartini"];
    private static readonly string[] FamilyNames = ["Saputra", "Santoso", "Hidayat", "Maulana", "Gunawan", "Tobing", "Lestari", "Aisyah", "Marlina", "Handayani", "Sari", "Pakpahan", "Daeng Ngerang", "Bataona"];
    private static readonly string[] Regions = ["Kabupaten Bulukumba, Sulawesi Selatan", "Kota Samarinda, Kalimantan Timur", "Kabupaten Flores Timur, NTT", "Kota Makassar, Sulawesi Selatan", "Kabupaten Sambas, Kalimantan Barat"];

    private readonly Random _random = new(officeKode.Length * 7919);
    private int _serial;

    public static string StaffName(StaffRole role, string officeKode) => (role, officeKode) switch
    {
        (StaffRole.Pengadministrasi, "tarakan") => "Nurhayati",
        (StaffRole.Peksos, "tarakan") => "Rizky Ramadhan, S.Tr.Sos",
        (StaffRole.Konselor, "tarakan") => "Dra. Halimah",
        (StaffRole.Koordinator, "tarakan") => "Syamsul Bahri, S.Sos",
        (StaffRole.Kabid, "tarakan") => "Hj. Ratna Wulandari, S.Sos., M.Si",
        (StaffRole.Kadis, "tarakan") => "Arbain, SE., M.AP",
        (StaffRole.PetugasShelter, "tarakan") => "Jumadi",
        (StaffRole.Pengadministrasi, _) => "Yuliana",
        (StaffRole.Peksos, _) => "Eko Prasetyo, S.Sos",
        (StaffRole.Konselor, _) => "Maria Ulfa, S.Psi",
        (StaffRole.Koordinator, _) => "Kasi Rehsos Lamandau",
        (StaffRole.Kabid, _) => "Kabid Rehabilitasi Sosial Lamandau",
        (StaffRole.Kadis, _) => "M. Syaeudin Zuhri, SE., M.A.P",
        (StaffRole.PetugasShelter, _) => "Petugas Rumah Singgah Lamandau",
        _ => $"Admin {officeKode}",
    };

    public Client NextClient(int officeId, TimeProvider clock)
    {
        _serial++;
        var female = _serial % 2 == 0;
        var names = female ? FemaleNames : MaleNames;
        var birth = today.AddDays(-_random.Next(8 * 365, 70 * 365));
        var prefix = officeKode == "tarakan" ? $"6571{_random.Next(1, 5):00}" : $"6209{_random.Next(1, 9):00}";
        var nik = $"{prefix}{birth.Day + (female ? 40 : 0):00}{birth.Month:00}{birth.Year % 100:00}{_serial:0000}";
        var withoutNik = _serial % 4 == 3;
        return Client.Register(officeId, new ClientDetails(
            Nama: $"{names[_serial % names.Length]} {FamilyNames[(_serial * 7 + _serial / FamilyNames.Length) % FamilyNames.Length]}",
            Nik: withoutNik ? null : nik,
            AlasanTanpaNik: withoutNik ? "Tidak memiliki KTP/KK; penelusuran melalui Disdukcapil" : null,
            NomorKk: null,
            JenisKelamin: female ? Sex.Perempuan : Sex.LakiLaki,
            TanggalLahir: birth,
            Alamat: officeKode == "tarakan" ? "Shelter Dinsos PM, Jl. Teuku Umar No. 36, Tarakan" : "Nanga Bulik, Lamandau",
            DaerahAsal: Regions[_serial % Regions.Length],
            KontakKeluarga: _serial % 3 == 0 ? null : $"0812-{_random.Next(1000, 9999)}-{_random.Next(1000, 9999)}"), "demo", clock);
    }
}
