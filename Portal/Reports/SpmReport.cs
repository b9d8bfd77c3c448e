using Portal.Domain.Reports;

namespace Portal.Reports;

/// <summary>
/// Clients of one SPM service in a period (docs/decisions/0010-spm-report.md). A client is judged when their case
/// closed in the period (within standard when every step met its mutu baku) or when, at the end of the period,
/// their open case already has a step past its mutu baku; a case still on time and open is not judged yet.
/// </summary>
public sealed record SpmFigures(int Diterima, int SesuaiStandar, int TidakSesuai, int BerjalanTerlambat)
{
    public int Dinilai => SesuaiStandar + TidakSesuai + BerjalanTerlambat;
    public double? Persentase => Dinilai == 0 ? null : (double)SesuaiStandar / Dinilai;
}

public sealed record SpmRow(SpmLayanan Layanan, IReadOnlyList<string> Sop, SpmFigures Bulan, SpmFigures TahunBerjalan);

/// <summary>The SPM services the office's SOPs deliver (the SOP files' <c>spm:</c>), for the month and year to date.</summary>
public sealed record SpmReport(IReadOnlyList<SpmRow> Layanan);
