using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Reports;
using Portal.Deadlines;
using Portal.Reports;
using Portal.Tests.Support;

namespace Portal.Tests.Reports;

/// <summary>The demo office's last month, downloaded as a kabid does, against what the report screen shows.</summary>
public class MonthlyReportFilesTests : IClassFixture<MonthlyReportFilesTests.Demo>
{
    public sealed class Demo : IAsyncLifetime
    {
        // A fixed clock, and the start-up sweep settled before anything is read: missed monev visits are marked by it.
        private static readonly ManualClock Clock = new(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero));
        public PortalFactory Portal { get; } = new(clock: Clock);
        public ReportMonth LastMonth { get; private set; }
        public IReadOnlyList<ReportTable> OnScreen { get; private set; } = [];

        public async Task InitializeAsync()
        {
            var kabid = await Portal.ActorAsync("kabid.tarakan");
            for (var run = 0; run < 5 && await Portal.Services.GetRequiredService<DeadlineSweep>().RunAsync() != new SweepResult(0, 0, 0, 0, 0); run++) { }
            LastMonth = new ReportMonth(2026, 10);
            OnScreen = MonthlyReportTables.Of(await Portal.Services.GetRequiredService<MonthlyReportQuery>().LoadAsync(kabid, LastMonth));
        }

        public Task DisposeAsync() => Portal.DisposeAsync().AsTask();
    }

    private readonly Demo _demo;

    public MonthlyReportFilesTests(Demo demo) => _demo = demo;

    [Fact]
    public async Task The_workbook_holds_every_table_of_the_screen_cell_for_cell()
    {
        using var http = await StaffHttpClient.SignedInAsync(_demo.Portal.Address, "kabid.tarakan");

        var response = await http.GetAsync($"/laporan/bulanan.xlsx?bulan={_demo.LastMonth.Kode}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"rekap-bulanan-{_demo.LastMonth.Kode}.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        // The demo's finished cases give last month something to count.
        Assert.NotEmpty(_demo.OnScreen.Single(t => t.Sheet == "Kasus per SOP").Rows);
        await Workbooks.AssertHoldsAsync(await response.Content.ReadAsByteArrayAsync(), _demo.OnScreen);
    }

    [Fact]
    public async Task The_pdf_prints_the_heading_every_table_and_the_same_totals()
    {
        using var http = await StaffHttpClient.SignedInAsync(_demo.Portal.Address, "kabid.tarakan");

        var response = await http.GetAsync($"/laporan/bulanan.pdf?bulan={_demo.LastMonth.Kode}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = PdfText.Of(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains($"Rekap Bulanan Pelayanan Kasus · {_demo.LastMonth.Nama}", text);
        Assert.Contains("Dinas Sosial dan Pemberdayaan Masyarakat Kota Tarakan", text);
        foreach (var table in _demo.OnScreen) Assert.Contains(table.Title, text);
        foreach (var row in _demo.OnScreen.Single(t => t.Sheet == "Ringkasan").Rows)
            Assert.Contains($"{row[0]} {ReportTable.Text(row[1])}", text);
    }

    [Fact]
    public async Task A_wrong_month_is_refused_in_Indonesian_and_staff_who_are_not_leaders_get_no_report()
    {
        using var kabid = await StaffHttpClient.SignedInAsync(_demo.Portal.Address, "kabid.tarakan");
        var wrong = await kabid.GetAsync("/laporan/bulanan.xlsx?bulan=2026-13");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Bulan '2026-13' tidak dikenali; tulis tahun dan bulan seperti 2026-11.", await wrong.Content.ReadAsStringAsync());
        var seksi = await kabid.GetAsync($"/laporan/bulanan.pdf?bulan={_demo.LastMonth.Kode}&seksi=tidak-ada");
        Assert.Equal(HttpStatusCode.BadRequest, seksi.StatusCode);
        Assert.Contains("Seksi 'tidak-ada' tidak ada di kantor ini.", await seksi.Content.ReadAsStringAsync());

        using var peksos = await StaffHttpClient.SignedInAsync(_demo.Portal.Address, "peksos.tarakan");
        var refused = await peksos.GetAsync($"/laporan/bulanan.xlsx?bulan={_demo.LastMonth.Kode}");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain("spreadsheetml", refused.Content.Headers.ContentType?.MediaType ?? "");
    }
}
