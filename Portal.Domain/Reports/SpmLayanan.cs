namespace Portal.Domain.Reports;

public enum SpmJenjang { KabupatenKota, Provinsi }

/// <summary>One service of the SPM bidang sosial (PP 2/2018, Permensos 9/2018) that an office must deliver to every PPKS who needs it.</summary>
public sealed record SpmLayanan(string Kode, string Nama, SpmJenjang Jenjang);

/// <summary>
/// The ten SPM services of Permensos 9/2018, as the regulation names them. The catalog is law and changes only with
/// it; which SOP delivers which service is the office's data (the <c>spm:</c> field of an SOP file).
/// </summary>
public static class SpmCatalog
{
    public static IReadOnlyList<SpmLayanan> All { get; } =
    [
        new("rehsos-disabilitas-luar-panti", "Rehabilitasi sosial dasar penyandang disabilitas terlantar di luar panti", SpmJenjang.KabupatenKota),
        new("rehsos-anak-luar-panti", "Rehabilitasi sosial dasar anak terlantar di luar panti", SpmJenjang.KabupatenKota),
        new("rehsos-lansia-luar-panti", "Rehabilitasi sosial dasar lanjut usia terlantar di luar panti", SpmJenjang.KabupatenKota),
        new("rehsos-gepeng-luar-panti", "Rehabilitasi sosial dasar tuna sosial khususnya gelandangan dan pengemis di luar panti", SpmJenjang.KabupatenKota),
        new("perlinjamsos-bencana-kabkota", "Perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana bagi korban bencana kabupaten/kota", SpmJenjang.KabupatenKota),
        new("rehsos-disabilitas-dalam-panti", "Rehabilitasi sosial dasar penyandang disabilitas terlantar di dalam panti", SpmJenjang.Provinsi),
        new("rehsos-anak-dalam-panti", "Rehabilitasi sosial dasar anak terlantar di dalam panti", SpmJenjang.Provinsi),
        new("rehsos-lansia-dalam-panti", "Rehabilitasi sosial dasar lanjut usia terlantar di dalam panti", SpmJenjang.Provinsi),
        new("rehsos-gepeng-dalam-panti", "Rehabilitasi sosial dasar tuna sosial khususnya gelandangan dan pengemis di dalam panti", SpmJenjang.Provinsi),
        new("perlinjamsos-bencana-provinsi", "Perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana bagi korban bencana provinsi", SpmJenjang.Provinsi),
    ];

    public static SpmLayanan? Find(string kode) => All.FirstOrDefault(s => s.Kode == kode);
}
