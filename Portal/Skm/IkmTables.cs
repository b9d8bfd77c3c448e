using Portal.Domain.Skm;
using Portal.Reports;

namespace Portal.Skm;

/// <summary>The IKM of one Standar Pelayanan laid out as offices publish it: per unsur NRR and weighted NRR, then the index and its letter.</summary>
public static class IkmTables
{
    public static IReadOnlyList<ReportTable> Of(IkmReport r)
    {
        double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
        var ikm = r.Ikm;
        return
        [
            new("Unsur", "Nilai per unsur pelayanan", "NRR: nilai rata-rata jawaban (1–4); tertimbang: NRR × 1/9.",
                ["No", "Unsur pelayanan", "Responden", "NRR", "NRR tertimbang"],
                ikm.Unsur.Select(u => new object?[] { (int)u.Unsur, u.Unsur.Label(), u.Responden, Round(u.Nrr, 3), Round(u.NrrTertimbang, 3) }).ToList())
                { Widths = [0.5, 4, 1, 1, 1.2] },
            new("IKM", "Indeks Kepuasan Masyarakat", "Permenpan-RB 14/2017: IKM = jumlah NRR tertimbang; nilai konversi = IKM × 25.",
                ["Uraian", "Nilai"],
            [
                ["Jumlah responden", ikm.Responden],
                ["IKM", ikm.Nilai is { } n ? Round(n, 3) : null],
                ["Nilai konversi", ikm.NilaiKonversi is { } k ? Round(k, 2) : null],
                ["Mutu pelayanan", ikm.Mutu?.Mutu.ToString()],
                ["Kinerja unit pelayanan", ikm.Mutu?.Kinerja],
            ]) { Widths = [3, 1] },
            new("Responden", "Responden menurut jenis kelamin", null, ["Jenis kelamin", "Responden"],
                r.JenisKelamin.OrderBy(g => g.Key).Select(g => new object?[] { g.Key, g.Value }).ToList()) { Widths = [3, 1] },
            new("Saran", "Saran responden", null, ["Saran"], r.Saran.Select(s => new object?[] { s }).ToList()),
        ];
    }
}
