using Portal.Domain.Calendar;

namespace Portal.Reports;

/// <summary>The rekap bulanan and the SPM report laid out as tables: what the screen, the .xlsx and the PDF show.</summary>
public static class MonthlyReportTables
{
    public static IReadOnlyList<ReportTable> Of(MonthlyReport r)
    {
        double? Hours(TimeSpan? span) => span is { } s ? Math.Round(s.TotalHours, 1) : null;
        string? Words(TimeSpan? span) => span is { } s ? WorkingDuration.Describe(s, r.HariKerja) : null;

        return
        [
            new("Ringkasan", "Ringkasan", null, ["Uraian", "Jumlah"],
            [
                ["Kasus dibuka", r.Kasus.Sum(k => k.Dibuka)],
                ["Kasus selesai", r.Kasus.Sum(k => k.Selesai)],
                ["Kasus aktif pada akhir bulan", r.Kasus.Sum(k => k.AktifAkhirBulan)],
                ["Batas waktu langkah yang jatuh tempo", r.Langkah.Sum(l => l.BatasJatuhTempo)],
                ["Langkah tepat mutu baku (%)", ReportTable.Percent(r.Langkah.Sum(l => l.BatasJatuhTempo) is var n and > 0 ? (double)r.Langkah.Sum(l => l.TepatWaktu) / n : null)],
                ["Langkah terlambat", r.Langkah.Sum(l => l.Terlambat)],
                ["Eskalasi ke pimpinan", r.Langkah.Sum(l => l.Eskalasi)],
                ["Langkah yang menunggu pihak luar", r.Menunggu.Langkah],
                ["Waktu menunggu pihak luar (jam kerja)", Hours(r.Menunggu.Total)],
                ["Monev jatuh tempo", r.Monev.JatuhTempo],
                ["Monev dilaksanakan", r.Monev.Selesai],
                ["Monev terlewat", r.Monev.Terlewat],
                ["Monev belum dilaksanakan", r.Monev.Belum],
            ]) { Widths = [3, 1] },
            new("Kasus per SOP", "Kasus per SOP", null, ["SOP", "Dibuka", "Selesai", "Aktif akhir bulan"],
                r.Kasus.Select(k => new object?[] { k.SopNama, k.Dibuka, k.Selesai, k.AktifAkhirBulan }).ToList()) { Widths = [4, 1, 1, 1] },
            new("Kepatuhan langkah", "Kepatuhan mutu baku per langkah",
                "Dinilai: langkah yang batas waktunya jatuh pada bulan ini; tepat bila selesai paling lambat pada batasnya. Waktu kerja: langkah yang selesai bulan ini.",
                ["SOP", "Langkah", "Uraian", "Mutu baku", "Dinilai", "Tepat waktu", "Terlambat", "Tepat waktu (%)", "Selesai", "Rata-rata waktu kerja", "P90 waktu kerja", "Rata-rata (jam kerja)", "P90 (jam kerja)", "Eskalasi"],
                r.Langkah.Select(l => new object?[]
                {
                    l.SopNama, l.StepNo, l.Uraian, l.MutuBaku ?? "tanpa batas", l.BatasJatuhTempo, l.TepatWaktu, l.Terlambat, ReportTable.Percent(l.Kepatuhan),
                    l.Waktu.Count, Words(l.Waktu.Average), Words(l.Waktu.P90), Hours(l.Waktu.Average), Hours(l.Waktu.P90), l.Eskalasi,
                }).ToList()) { Widths = [2.2, 0.9, 4, 1, 0.9, 0.9, 1.1, 0.9, 0.9, 1.3, 1.3, 0, 0, 1], GroupColumn = 0 },
            new("Klien per PPKS", "Klien per jenis PPKS", "Klien dari kasus yang dibuka bulan ini, menurut jenis PPKS yang dilayani SOP-nya.",
                ["Jenis PPKS", "Klien", "Laki-laki", "Perempuan"],
                r.Ppks.Select(p => new object?[] { p.Ppks, p.Klien, p.LakiLaki, p.Perempuan }).ToList()) { Widths = [4, 1, 1, 1] },
            new("SPM", "Standar Pelayanan Minimal bidang sosial",
                "Persentase PPKS yang dilayani sesuai standar: klien yang kasusnya selesai dengan semua langkah dalam mutu baku, dari klien yang kasusnya selesai atau sudah melewati mutu baku.",
                ["Layanan SPM", "SOP", "Diterima (bulan)", "Sesuai standar (bulan)", "Dinilai (bulan)", "Capaian bulan (%)", "Diterima (s.d. bulan)", "Sesuai standar (s.d. bulan)", "Dinilai (s.d. bulan)", "Capaian s.d. bulan (%)"],
                r.Spm.Layanan.Select(s => new object?[]
                {
                    s.Layanan.Nama, string.Join("; ", s.Sop), s.Bulan.Diterima, s.Bulan.SesuaiStandar, s.Bulan.Dinilai, ReportTable.Percent(s.Bulan.Persentase),
                    s.TahunBerjalan.Diterima, s.TahunBerjalan.SesuaiStandar, s.TahunBerjalan.Dinilai, ReportTable.Percent(s.TahunBerjalan.Persentase),
                }).ToList()) { Widths = [3, 2.4, 1, 1, 1, 1, 1, 1, 1, 1] },
        ];
    }
}
