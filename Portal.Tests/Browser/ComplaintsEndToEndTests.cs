using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class ComplaintsEndToEndTests(BrowserPortal browser) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_complaint_is_registered_at_the_desk_followed_up_and_answered_by_the_koordinator()
    {
        var queries = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Portal.Complaints.ComplaintQueries>(browser.Portal.Services);
        var kabidActor = await browser.Portal.ActorAsync("kabid.tarakan");
        var before = await queries.SummaryAsync(kabidActor, DateTimeOffset.UtcNow.AddDays(-30));
        var desk = await browser.SignedInPageAsync("pengadministrasi.tarakan");
        string nomor = "";
        await BrowserPortal.ScenarioAsync(desk, "pengaduan-catat", async () =>
        {
            await desk.GotoAsync("/pengaduan");
            await BrowserPortal.WaitInteractiveAsync(desk);
            await desk.Locator("[data-testid=catat-pengaduan]").ClickAsync();
            await BrowserPortal.Field(desk, "pelapor").FillAsync("Ibu Rahma");
            await desk.Locator("[data-testid=simpan-pengaduan]").ClickAsync();
            await Assertions.Expect(desk.Locator("[data-testid=galat-pengaduan]")).ToHaveTextAsync("Isi pengaduan wajib diisi.");
            await Assertions.Expect(BrowserPortal.Field(desk, "pelapor")).ToHaveValueAsync("Ibu Rahma");

            await BrowserPortal.Field(desk, "isi-pengaduan").FillAsync("Sudah tiga hari belum ada kabar dari konselor LK3.");
            await desk.Locator("[data-testid=simpan-pengaduan]").ClickAsync();
            await Assertions.Expect(desk.Locator("[data-testid=pesan-pengaduan]")).ToContainTextAsync("tercatat; koordinator sudah diberi tahu.");
            nomor = (await desk.Locator("[data-testid=pesan-pengaduan]").InnerTextAsync()).Split(' ')[1];
            await Assertions.Expect(desk.Locator("[data-testid=daftar-pengaduan]")).ToContainTextAsync(nomor);
        });

        var koordinator = await browser.SignedInPageAsync("koordinator.tarakan");
        await BrowserPortal.ScenarioAsync(koordinator, "pengaduan-jawab", async () =>
        {
            // The koordinator was told; the notification opens the complaint list.
            await koordinator.GotoAsync("/notifikasi");
            await BrowserPortal.WaitInteractiveAsync(koordinator);
            var told = koordinator.Locator("tr", new() { HasText = $"Pengaduan baru {nomor}" });
            await Assertions.Expect(told).ToContainTextAsync("Pengaduan baru");
            await told.GetByRole(AriaRole.Button, new() { Name = "Buka pengaduan" }).ClickAsync();
            // The bell's link is an in-page navigation: there is no load event to wait for, only the address and the list.
            await Assertions.Expect(koordinator).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/pengaduan$"));
            await koordinator.GetByRole(AriaRole.Link, new() { Name = nomor }).ClickAsync();
            await Assertions.Expect(koordinator.Locator("[data-testid=status-pengaduan]")).ToContainTextAsync("Diterima");
            await BrowserPortal.Field(koordinator, "teks-tindak-lanjut").FillAsync("Menghubungi konselor; sesi dijadwalkan Rabu.");
            await koordinator.Locator("[data-testid=tindak-lanjut]").ClickAsync();
            await Assertions.Expect(koordinator.Locator("[data-testid=status-pengaduan]")).ToContainTextAsync("Ditindaklanjuti");
            await BrowserPortal.Field(koordinator, "teks-tindak-lanjut").FillAsync("Pelapor ditelepon; sesi konseling Rabu pukul 10.00.");
            await koordinator.Locator("[data-testid=selesaikan]").ClickAsync();
            await Assertions.Expect(koordinator.Locator("[data-testid=jawaban]")).ToHaveTextAsync("Pelapor ditelepon; sesi konseling Rabu pukul 10.00.");
            await Assertions.Expect(koordinator.Locator("[data-testid=riwayat-pengaduan] tbody tr")).ToHaveCountAsync(3);
        });

        var kabid = await browser.SignedInPageAsync("kabid.tarakan");
        await BrowserPortal.ScenarioAsync(kabid, "pengaduan-dasbor", async () =>
        {
            await kabid.GotoAsync("/dasbor");
            await BrowserPortal.WaitInteractiveAsync(kabid);
            // Registered and answered: as many open as before, one more answered in the last 30 days.
            await Assertions.Expect(kabid.Locator("[data-testid=dasbor-pengaduan]")).ToContainTextAsync($"{before.Open} terbuka · {before.Late} terlambat");
            await Assertions.Expect(kabid.Locator("[data-testid=dasbor-pengaduan]")).ToContainTextAsync($"({before.ClosedInPeriod + 1} selesai)");
        });
    }
}
