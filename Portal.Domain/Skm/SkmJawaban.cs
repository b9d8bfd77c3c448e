namespace Portal.Domain.Skm;

/// <summary>The respondent profile choices of the Permenpan-RB 14/2017 questionnaire; every one is optional.</summary>
public static class SkmProfil
{
    public static IReadOnlyList<string> JenisKelamin { get; } = ["Laki-laki", "Perempuan"];
    public static IReadOnlyList<string> Pendidikan { get; } = ["SD ke bawah", "SMP", "SMA", "D1-D3-D4", "S1", "S2 ke atas"];
    public static IReadOnlyList<string> Pekerjaan { get; } = ["PNS", "TNI", "POLRI", "Swasta", "Wirausaha", "Lainnya"];
    public const int UsiaMin = 10, UsiaMax = 110;
    public const int MaxSaranLength = 1000;
}

/// <summary>One filled questionnaire: an answer 1–4 for each of the nine unsur, the optional profile, an optional suggestion. No name, no NIK.</summary>
public sealed record SkmJawaban(
    IReadOnlyDictionary<SkmUnsur, int> Nilai, string? JenisKelamin, string? Pendidikan, string? Pekerjaan, int? Usia, string? Saran)
{
    /// <summary>What keeps this questionnaire from being counted, in words for the respondent; empty when it can be.</summary>
    public IReadOnlyList<string> Masalah()
    {
        var problems = new List<string>();
        var missing = SkmUnsurs.All.Where(u => !Nilai.ContainsKey(u)).Select(u => u.Label()).ToList();
        if (missing.Count > 0) problems.Add($"Pilih satu jawaban untuk: {string.Join("; ", missing)}.");
        if (Nilai.Values.Any(v => v is < 1 or > 4)) problems.Add("Jawaban harus salah satu dari empat pilihan.");
        if (JenisKelamin is not null && !SkmProfil.JenisKelamin.Contains(JenisKelamin)) problems.Add("Jenis kelamin tidak dikenal.");
        if (Pendidikan is not null && !SkmProfil.Pendidikan.Contains(Pendidikan)) problems.Add("Pendidikan tidak dikenal.");
        if (Pekerjaan is not null && !SkmProfil.Pekerjaan.Contains(Pekerjaan)) problems.Add("Pekerjaan tidak dikenal.");
        if (Usia is { } usia && (usia < SkmProfil.UsiaMin || usia > SkmProfil.UsiaMax)) problems.Add($"Usia diisi {SkmProfil.UsiaMin} sampai {SkmProfil.UsiaMax} tahun, atau dikosongkan.");
        if (Saran?.Length > SkmProfil.MaxSaranLength) problems.Add($"Saran paling banyak {SkmProfil.MaxSaranLength} karakter; persingkat lalu kirim lagi.");
        return problems;
    }
}
