namespace Portal.Domain.Skm;

/// <summary>The nine unsur of the Survei Kepuasan Masyarakat (Permenpan-RB 14/2017), in the regulation's order.</summary>
public enum SkmUnsur
{
    Persyaratan = 1,
    SistemMekanismeProsedur,
    WaktuPenyelesaian,
    BiayaTarif,
    ProdukSpesifikasiJenisPelayanan,
    KompetensiPelaksana,
    PerilakuPelaksana,
    PenangananPengaduan,
    SaranaPrasarana,
}

public static class SkmUnsurs
{
    public static IReadOnlyList<SkmUnsur> All { get; } = Enum.GetValues<SkmUnsur>();

    public static string Label(this SkmUnsur u) => u switch
    {
        SkmUnsur.Persyaratan => "Persyaratan",
        SkmUnsur.SistemMekanismeProsedur => "Sistem, mekanisme dan prosedur",
        SkmUnsur.WaktuPenyelesaian => "Waktu penyelesaian",
        SkmUnsur.BiayaTarif => "Biaya/tarif",
        SkmUnsur.ProdukSpesifikasiJenisPelayanan => "Produk spesifikasi jenis pelayanan",
        SkmUnsur.KompetensiPelaksana => "Kompetensi pelaksana",
        SkmUnsur.PerilakuPelaksana => "Perilaku pelaksana",
        SkmUnsur.PenangananPengaduan => "Penanganan pengaduan, saran dan masukan",
        _ => "Sarana dan prasarana",
    };

    /// <summary>The question and its four answers (1 to 4) as the regulation's sample questionnaire words them.</summary>
    public static (string Pertanyaan, IReadOnlyList<string> Pilihan) Soal(this SkmUnsur u) => u switch
    {
        SkmUnsur.Persyaratan => ("Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
            ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"]),
        SkmUnsur.SistemMekanismeProsedur => ("Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
            ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"]),
        SkmUnsur.WaktuPenyelesaian => ("Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
            ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"]),
        SkmUnsur.BiayaTarif => ("Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
            ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]),
        SkmUnsur.ProdukSpesifikasiJenisPelayanan => ("Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
            ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"]),
        SkmUnsur.KompetensiPelaksana => ("Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
            ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"]),
        SkmUnsur.PerilakuPelaksana => ("Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
            ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"]),
        SkmUnsur.PenangananPengaduan => ("Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
            ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"]),
        _ => ("Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?", ["Buruk", "Cukup", "Baik", "Sangat baik"]),
    };
}

/// <summary>The mutu pelayanan letter and kinerja unit words of the regulation's table, from the converted IKM.</summary>
public sealed record MutuPelayanan(char Mutu, string Kinerja)
{
    /// <summary>
    /// Permenpan-RB 14/2017, table of nilai interval konversi: 25.00–64.99 D tidak baik; 65.00–76.60 C kurang baik;
    /// 76.61–88.30 B baik; 88.31–100.00 A sangat baik. The converted value is compared at two decimals, as published.
    /// </summary>
    public static MutuPelayanan Of(double konversi)
    {
        var value = Math.Round(konversi, 2, MidpointRounding.AwayFromZero);
        return value switch
        {
            >= 88.31 => new('A', "Sangat baik"),
            >= 76.61 => new('B', "Baik"),
            >= 65.00 => new('C', "Kurang baik"),
            _ => new('D', "Tidak baik"),
        };
    }
}

/// <summary>One unsur's result: the respondents who answered it and its nilai rata-rata (NRR).</summary>
public sealed record UnsurResult(SkmUnsur Unsur, int Responden, double Nrr)
{
    /// <summary>NRR × the unsur's weight (1/9: every unsur weighs the same).</summary>
    public double NrrTertimbang => Nrr / SkmUnsurs.All.Count;
}

/// <summary>
/// The Indeks Kepuasan Masyarakat of a set of responses, as Permenpan-RB 14/2017 computes it: per unsur the mean of
/// its answers (1–4), weighted by 1/9 and summed, then ×25 to the 25–100 scale, with the table's letter and words.
/// </summary>
public sealed record Ikm(int Responden, IReadOnlyList<UnsurResult> Unsur)
{
    public const double Konversi = 25;

    /// <summary>
    /// The sum of the weighted NRRs; null until every unsur has an answer (the regulation sums all nine). Summed
    /// before dividing by nine, so equal answers give the exact value (4 × 25 = 100, not 100.00000000000003).
    /// </summary>
    public double? Nilai => Unsur.Count == SkmUnsurs.All.Count && Unsur.All(u => u.Responden > 0) ? Unsur.Sum(u => u.Nrr) / SkmUnsurs.All.Count : null;
    public double? NilaiKonversi => Nilai * Konversi;
    public MutuPelayanan? Mutu => NilaiKonversi is { } k ? MutuPelayanan.Of(k) : null;

    public static Ikm Of(IReadOnlyCollection<IReadOnlyDictionary<SkmUnsur, int>> responses)
    {
        if (responses.SelectMany(r => r.Values).Any(v => v is < 1 or > 4))
            throw new DomainRuleException("Jawaban survei harus bernilai 1 sampai 4.");
        var unsur = SkmUnsurs.All.Select(u =>
        {
            var answers = responses.Where(r => r.ContainsKey(u)).Select(r => r[u]).ToList();
            return new UnsurResult(u, answers.Count, answers.Count == 0 ? 0 : answers.Average());
        }).ToList();
        return new Ikm(responses.Count, unsur);
    }
}
