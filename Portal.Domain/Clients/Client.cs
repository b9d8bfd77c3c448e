namespace Portal.Domain.Clients;

/// <summary>What is known of a client (klien / penerima manfaat) at registration.</summary>
public sealed record ClientDetails(
    string Nama,
    string? Nik,
    string? AlasanTanpaNik,
    string? NomorKk,
    Sex JenisKelamin,
    DateOnly? TanggalLahir,
    string? Alamat,
    string? DaerahAsal,
    string? KontakKeluarga);

/// <summary>A client of one office. NIK is the stable key of a person; a client without one says why.</summary>
public sealed class Client
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 1000;

    private Client() { }

    public Guid Id { get; private set; }
    public int OfficeId { get; private set; }
    public string Nama { get; private set; } = "";
    public string? Nik { get; private set; }
    public string? AlasanTanpaNik { get; private set; }
    public string? NomorKk { get; private set; }
    public Sex JenisKelamin { get; private set; }
    public DateOnly? TanggalLahir { get; private set; }
    public string? Alamat { get; private set; }
    public string? DaerahAsal { get; private set; }
    public string? KontakKeluarga { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public string RegisteredBy { get; private set; } = "";

    /// <summary>Every problem with the details, each a sentence for the user; empty when valid.</summary>
    public static IReadOnlyList<string> Check(ClientDetails d, DateOnly today)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(d.Nama)) problems.Add("Nama klien wajib diisi.");
        else if (d.Nama.Length > MaxNameLength) problems.Add($"Nama klien terlalu panjang ({d.Nama.Length} karakter; paling banyak {MaxNameLength}).");

        if (string.IsNullOrWhiteSpace(d.Nik))
        {
            if (string.IsNullOrWhiteSpace(d.AlasanTanpaNik))
                problems.Add("Klien tanpa NIK: tuliskan alasannya (mis. tidak memiliki KTP/KK).");
        }
        else
        {
            var nik = Clients.Nik.Parse(d.Nik, today);
            if (!nik.IsValid) problems.Add(nik.Error!);
            else
            {
                if (nik.Nik!.Sex != d.JenisKelamin)
                    problems.Add($"NIK menunjukkan {(nik.Nik.Sex == Sex.Perempuan ? "perempuan" : "laki-laki")}, tetapi jenis kelamin diisi {(d.JenisKelamin == Sex.Perempuan ? "perempuan" : "laki-laki")}.");
                if (d.TanggalLahir is { } birth && birth != nik.Nik.BirthDate)
                    problems.Add($"Tanggal lahir ({birth:dd-MM-yyyy}) tidak sama dengan tanggal lahir dalam NIK ({nik.Nik.BirthDate:dd-MM-yyyy}).");
            }
        }
        if (!string.IsNullOrWhiteSpace(d.NomorKk))
        {
            var kk = new string(d.NomorKk.Where(char.IsDigit).ToArray());
            if (kk.Length != 16 || d.NomorKk.Any(c => !char.IsDigit(c) && c is not (' ' or '.' or '-')))
                problems.Add("Nomor KK harus 16 angka.");
        }
        if (d.TanggalLahir is { } b && b > today) problems.Add("Tanggal lahir ada di masa depan.");
        foreach (var (label, value) in new[] { ("Alamat", d.Alamat), ("Daerah asal", d.DaerahAsal), ("Kontak keluarga", d.KontakKeluarga), ("Alasan tanpa NIK", d.AlasanTanpaNik) })
        {
            if (value?.Length > MaxTextLength) problems.Add($"{label} terlalu panjang ({value.Length} karakter; paling banyak {MaxTextLength}).");
        }
        return problems;
    }

    public static Client Register(int officeId, ClientDetails d, string registeredBy, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var problems = Check(d, DateOnly.FromDateTime(now.UtcDateTime));
        if (problems.Count > 0) throw new DomainRuleException(string.Join(" ", problems));
        var nik = string.IsNullOrWhiteSpace(d.Nik) ? null : Clients.Nik.Parse(d.Nik, DateOnly.FromDateTime(now.UtcDateTime)).Nik;
        return new Client
        {
            Id = Guid.NewGuid(),
            OfficeId = officeId,
            Nama = d.Nama.Trim(),
            Nik = nik?.Value,
            AlasanTanpaNik = nik is null ? d.AlasanTanpaNik!.Trim() : null,
            NomorKk = string.IsNullOrWhiteSpace(d.NomorKk) ? null : new string(d.NomorKk.Where(char.IsDigit).ToArray()),
            JenisKelamin = d.JenisKelamin,
            TanggalLahir = d.TanggalLahir ?? nik?.BirthDate,
            Alamat = d.Alamat?.Trim(),
            DaerahAsal = d.DaerahAsal?.Trim(),
            KontakKeluarga = d.KontakKeluarga?.Trim(),
            RegisteredAt = now,
            RegisteredBy = registeredBy,
        };
    }
}
