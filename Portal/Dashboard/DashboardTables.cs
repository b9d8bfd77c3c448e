using Portal.Cases;
using Portal.Domain.Calendar;
using Portal.Domain.Sops;
using Portal.Reports;

namespace Portal.Dashboard;

/// <summary>The dashboard's tables as the spreadsheet holds them: the same rows the kabid sees, one sheet each.</summary>
public static class DashboardTables
{
    public static IReadOnlyList<ReportTable> Of(DashboardData d, IReadOnlyList<StepCard> late, WorkingCalendar calendar)
    {
        string Moment(DateTimeOffset at) => Components.Shared.Format.Cell(at, calendar.TimeZone);
        string Words(TimeSpan span) => WorkingDuration.Describe(span, calendar.Hours.UsualDay);
        return
        [
            new("Per langkah", "Kasus berjalan per SOP dan langkah", null, ["SOP", "Langkah", "Uraian", "Berjalan", "Terlambat"],
                d.Open.Select(o => new object?[] { o.SopNama, o.StepNo, o.Uraian, o.Open, o.Late }).ToList()),
            new("Kepatuhan", "Kepatuhan mutu baku", "Langkah yang selesai dalam periode ditambah langkah yang kini berjalan melewati batas waktu.",
                ["SOP", "Langkah", "Selesai", "Berjalan terlambat", "Tepat waktu", "Tepat waktu (%)"],
                d.Compliance.Select(c => new object?[] { c.SopNama, c.StepNo is { } n ? n : "Seluruh SOP", c.Done, c.RunningLate, c.OnTime, ReportTable.Percent(c.Share) }).ToList()),
            new("Beban kerja", "Beban kerja petugas", null, ["Petugas", "Langkah berjalan", "Terlambat"],
                d.Workload.Select(w => new object?[] { w.Name, w.Open, w.Late }).ToList()),
            new("Per minggu", "Kasus masuk dan selesai per minggu", null, ["Minggu mulai", "Masuk", "Selesai"],
                d.Weeks.Select(w => new object?[] { w.WeekStart.ToString("dd-MM-yyyy"), w.Intake, w.Closed }).ToList()),
            new("Menunggu", "Menunggu pihak luar", null, ["Nomor kasus", "SOP", "Langkah", "Pihak luar", "Alasan", "Sejak", "Lama menunggu (waktu kerja)"],
                d.Waiting.Select(w => new object?[] { w.Nomor, w.SopNama, w.StepNo, w.Party, w.Reason, Moment(w.Since), Words(w.SoFar) }).ToList()),
            new("Terlambat", "Langkah terlambat", null, ["Nomor kasus", "Klien", "SOP", "Langkah", "Uraian", "Petugas", "Batas waktu", "Status waktu"],
                late.Select(c => new object?[] { c.Nomor, c.Klien, c.SopNama, c.StepNo, c.Uraian, c.Assignee ?? "Belum ditugaskan",
                    c.DueAt is { } due ? Moment(due) : "tanpa batas", c.Deadline.Describe() }).ToList()),
        ];
    }
}
