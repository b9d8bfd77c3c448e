using MiniExcelLibs;
using Portal.Cases;
using Portal.Clients;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Clients;
using Portal.Domain.Sops;
using Portal.Exports;
using Portal.Tests.Support;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Clients;

public class NikAccessLogTests
{
    [Fact]
    public async Task The_admin_sees_every_reveal_filtered_by_day_and_name_with_the_NIK_still_masked()
    {
        var (portal, admin, caseId) = await RevealedTwiceAsync();
        await using var _ = portal;
        var log = portal.Get<NikAccessLogQueries>();

        var all = await log.PageAsync(admin, new NikAccessFilter());
        Assert.Equal(2, all.Count);
        Assert.Equal(["Pekerja Sosial tarakan", "Pengadministrasi tarakan"], all.Select(a => a.Petugas));
        Assert.All(all, a => Assert.Equal("Siti Aminah (NIK ••••0001)", a.Klien));
        var nomor = (await portal.Get<Portal.Cases.CaseDetailQuery>().LoadAsync(admin, caseId))!.Case.Nomor;
        Assert.All(all, a => Assert.Equal((nomor, "Pelayanan Pemulangan Orang Terlantar"), (a.Nomor, a.SopNama)));

        Assert.Equal("Pekerja Sosial tarakan", Assert.Single(await log.PageAsync(admin, new NikAccessFilter(From: new DateOnly(2025, 11, 11)))).Petugas);
        Assert.Equal("Pengadministrasi tarakan", Assert.Single(await log.PageAsync(admin, new NikAccessFilter(To: new DateOnly(2025, 11, 10)))).Petugas);
        Assert.Equal("Pekerja Sosial tarakan", Assert.Single(await log.PageAsync(admin, new NikAccessFilter(Petugas: "PEKERJA"))).Petugas);
        Assert.Equal(2, await log.CountAsync(admin, new NikAccessFilter()));
    }

    [Fact]
    public async Task Only_the_admin_reads_the_log()
    {
        var (portal, _, _) = await RevealedTwiceAsync();
        await using var __ = portal;
        var kabid = await portal.ActorAsync("tarakan", StaffRole.Kabid);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => portal.Get<NikAccessLogQueries>().PageAsync(kabid, new NikAccessFilter()));
        Assert.Equal("Catatan akses NIK hanya untuk admin kantor.", refused.Message);
    }

    [Fact]
    public async Task The_export_reads_in_batches_reports_progress_to_the_end_and_holds_every_row()
    {
        var (portal, admin, _) = await RevealedTwiceAsync();
        await using var _ = portal;
        var steps = new List<double>();

        var bytes = await portal.Get<NikAccessLogExport>().WorkbookAsync(admin, new NikAccessFilter(), new SyncProgress(steps.Add));

        Assert.Equal(1.0, steps[^1]);
        await using var file = new MemoryStream(bytes);
        var rows = (await file.QueryAsync(useHeaderRow: true, sheetName: "Akses NIK")).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(NikAccessLogExport.Columns, rows[0].Keys);
        Assert.Equal(["Pekerja Sosial tarakan", "Pengadministrasi tarakan"], rows.Select(r => (string)r["Petugas"]!));
        Assert.Equal("11-11-2025 09.00", rows[0]["Waktu"]);
    }

    [Fact]
    public async Task A_cancelled_export_stops()
    {
        var (portal, admin, _) = await RevealedTwiceAsync();
        await using var _ = portal;
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => portal.Get<NikAccessLogExport>().WorkbookAsync(admin, new NikAccessFilter(), null, cancelled.Token));
    }

    /// <summary>Progress that reports on the caller's thread, so the test sees every step in order.</summary>
    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }

    /// <summary>Siti's full NIK revealed by the pengadministrasi on Monday 10 Nov and by the peksos on Tuesday 11 Nov 2025.</summary>
    private static async Task<(TestPortal, Actor Admin, Guid CaseId)> RevealedTwiceAsync()
    {
        var portal = await TestPortal.StartAsync(Wita(2025, 11, 10, 9, 0));
        var pengadministrasi = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var registry = portal.Get<ClientRegistry>();
        var siti = await registry.RegisterAsync(pengadministrasi,
            new ClientDetails("Siti Aminah", "6471014107920001", null, null, Sex.Perempuan, new DateOnly(1992, 7, 1), null, null, null));
        var caseId = await portal.Get<CaseWorkflow>().OpenAsync(pengadministrasi, "pemulangan-orang-terlantar", new CaseOpening(pengadministrasi.OfficeId, null, [siti], [], null));
        await registry.RevealNikAsync(pengadministrasi, siti, caseId);
        portal.Clock.Now = Wita(2025, 11, 11, 9, 0);
        await registry.RevealNikAsync(await portal.ActorAsync("tarakan", StaffRole.Peksos), siti, caseId);
        return (portal, await portal.ActorAsync("tarakan", StaffRole.Admin), caseId);
    }
}
