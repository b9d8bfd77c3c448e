using Portal.Domain.Reports;

namespace Portal.Reports;

/// <summary>Cases of one SOP in the month.</summary>
public sealed record SopMonth(string SopKode, string SopNama, int Dibuka, int Selesai, int AktifAkhirBulan);

/// <summary>
/// One SOP step in the month. Compliance judges every step whose deadline fell in the month (up to now), once:
/// on time when it was completed by its deadline, late otherwise, whether it is done by now or still running.
/// Working times are of the steps completed in the month.
/// </summary>
public sealed record StepMonth(
    string SopKode, string SopNama, int StepNo, string Uraian, string? MutuBaku,
    int BatasJatuhTempo, int TepatWaktu, WorkingTimes Waktu, int Eskalasi)
{
    public int Terlambat => BatasJatuhTempo - TepatWaktu;
    public double? Kepatuhan => BatasJatuhTempo == 0 ? null : (double)TepatWaktu / BatasJatuhTempo;
}

/// <summary>Monev visits due in the month.</summary>
public sealed record MonevMonth(int JatuhTempo, int Selesai, int Terlewat)
{
    public int Belum => JatuhTempo - Selesai - Terlewat;
}

/// <summary>Clients whose case opened in the month, by the kind of PPKS their SOP serves.</summary>
public sealed record PpksMonth(string Ppks, int Klien, int LakiLaki, int Perempuan);

/// <summary>Steps completed in the month that waited on an outside party, and how long in working time.</summary>
public sealed record WaitingMonth(int Langkah, TimeSpan Total);

/// <summary>The rekap bulanan of one office (or one of its seksi): what the kabid signs and sends upward.</summary>
public sealed record MonthlyReport(
    string Kantor, string? Seksi, ReportMonth Bulan, DateTimeOffset DibuatPada, TimeSpan HariKerja,
    IReadOnlyList<SopMonth> Kasus, IReadOnlyList<StepMonth> Langkah, WaitingMonth Menunggu, MonevMonth Monev,
    IReadOnlyList<PpksMonth> Ppks, SpmReport Spm);
