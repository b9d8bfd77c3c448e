using Portal.Cases;
using Portal.Domain.Cases;
using Portal.Domain.Clients;
using Portal.Domain.Documents;
using Portal.Domain.Sops;
using Portal.Offices;

namespace Portal.Documents;

/// <summary>The value of every template field for one case; null where the case does not have it yet.</summary>
internal static class LetterValues
{
    public static Dictionary<string, string?> For(CaseDetail detail, Actor actor, Office office, KopSurat? kop, string? fullNik, DateOnly today)
    {
        var client = detail.Clients.FirstOrDefault();
        var kasus = detail.Case;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(office.TimeZoneId);
        string Long(DateOnly d) => d.ToString("d MMMM yyyy", LetterContent.Indonesian);
        string Day(DateTimeOffset at) => Long(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime));
        return new Dictionary<string, string?>
        {
            ["klien.nama"] = client?.Nama,
            ["klien.nik"] = client is null ? null : fullNik ?? (client.HasNik ? client.NikMasked : $"tidak ada: {client.AlasanTanpaNik?.ToLower(LetterContent.Indonesian)}"),
            ["klien.jenis_kelamin"] = client?.JenisKelamin switch { Sex.LakiLaki => "laki-laki", Sex.Perempuan => "perempuan", _ => null },
            ["klien.tanggal_lahir"] = client?.TanggalLahir is { } lahir ? Long(lahir) : null,
            ["klien.umur"] = client?.TanggalLahir is { } born ? $"{today.Year - born.Year - (today.DayOfYear < born.DayOfYear ? 1 : 0)} tahun" : null,
            ["klien.alamat"] = client?.Alamat,
            ["klien.daerah_asal"] = client?.DaerahAsal,
            ["klien.kontak_keluarga"] = client?.KontakKeluarga,
            ["kasus.nomor"] = kasus.Nomor,
            ["kasus.sop"] = detail.Sop.Nama,
            ["kasus.tanggal_dibuka"] = Day(kasus.OpenedAt),
            ["langkah.uraian"] = kasus.CurrentStep is { } step ? detail.Sop.Step(step.StepNo).Uraian : null,
            ["petugas.nama"] = actor.Name,
            ["petugas.jabatan"] = actor.Role.Label(),
            ["pekerja_sosial.nama"] = kasus.Assignments.FirstOrDefault(a => a.Role == StaffRole.Peksos)?.Name,
            ["kantor.nama"] = office.Nama,
            ["kantor.alamat"] = kop?.Alamat ?? office.Alamat,
            ["kantor.kota"] = kop?.Kota,
            ["tanggal"] = Long(today),
        };
    }
}
