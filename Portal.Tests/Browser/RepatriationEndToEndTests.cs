using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.Browser;

/// <summary>The repatriation SOP from intake to closure in the browser, each step by the role the SOP names.</summary>
[Collection(BrowserCollection.Name)]
public class RepatriationEndToEndTests(BrowserPortal browser) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_stranded_person_without_ktp_is_taken_from_intake_through_shelter_assessment_province_and_ticket_to_closure()
    {
        var admin = await browser.SignedInPageAsync("pengadministrasi.tarakan");
        var koordinator = await browser.SignedInPageAsync("koordinator.tarakan");
        var peksos = await browser.SignedInPageAsync("peksos.tarakan");
        await BrowserPortal.ScenarioAsync(admin, "pemulangan-lengkap", async () =>
        {
            // Intake: brought by the Kelurahan officer, no KTP.
            await admin.GotoAsync("/pendaftaran");
            await BrowserPortal.WaitInteractiveAsync(admin);
            await admin.Locator("[data-testid=pilih-sop]").ClickAsync();
            await admin.GetByRole(AriaRole.Option, new() { Name = "Pelayanan Pemulangan Orang Terlantar" }).ClickAsync();
            await admin.ClickAsync("[data-testid=klien-baru-buka]");
            await BrowserPortal.Field(admin, "nama").FillAsync("Yohana Bataona");
            await admin.Locator("[data-testid=tanpa-nik]").ClickAsync();
            await BrowserPortal.Field(admin, "alasan-tanpa-nik").FillAsync("Tidak memiliki KTP; ditelusuri melalui Disdukcapil");
            await admin.GetByText("Perempuan").ClickAsync();
            await admin.ClickAsync("[data-testid=simpan-klien]");
            await BrowserPortal.Field(admin, "dibawa-oleh").FillAsync("Petugas Kelurahan Selumit Pantai, surat keterangan terlantar No. 7/2026");
            await admin.ClickAsync("[data-testid=mulai-kasus]");
            await Assertions.Expect(admin).ToHaveURLAsync(BrowserPortal.CasePage);
            var caseUrl = new Uri(admin.Url).AbsolutePath;

            await CompleteAsync(admin, next: 2);
            // No place to stay: the shelter branch opens a linked case.
            await admin.Locator("[data-testid=cabang]", new() { HasText = "tidak memiliki tempat tinggal" }).ClickAsync();
            await Assertions.Expect(admin.Locator("[data-testid=kasus-terkait]")).ToContainTextAsync("Pelaksanaan Masuk dan Keluar Shelter/Rumah Singgah");
            await CompleteAsync(admin, next: 3);

            await OpenAsync(koordinator, caseUrl);
            await CompleteAsync(koordinator, next: 4);

            await OpenAsync(peksos, caseUrl);
            await Assertions.Expect(peksos.Locator("[data-testid=langkah-berjalan]")).ToContainTextAsync("Melakukan asesmen masalah, kebutuhan dan sistem sumber");
            await BrowserPortal.Field(peksos, "output").FillAsync("Surat permohonan bantuan pemulangan; surat keterangan terlantar");
            await CompleteAsync(peksos, next: 5);

            // The request to the province (sub-koordinator).
            await OpenAsync(koordinator, caseUrl);
            await CompleteAsync(koordinator, next: 6);

            await OpenAsync(peksos, caseUrl);
            await CompleteAsync(peksos, next: 7);
            await BrowserPortal.Field(peksos, "output").FillAsync("Tiket KM Lambelu Tarakan–Makassar 12 Des");
            await CompleteAsync(peksos, next: 8);
            await CompleteAsync(peksos, next: null);

            await Assertions.Expect(peksos.Locator("[data-testid=kasus-status]")).ToHaveTextAsync("Selesai");
            var timeline = peksos.Locator("[data-testid=linimasa]");
            await Assertions.Expect(timeline).ToContainTextAsync("Tiket KM Lambelu Tarakan–Makassar 12 Des");
            foreach (var name in new[] { "Nurhayati", "Syamsul Bahri, S.Sos", "Rizky Ramadhan, S.Tr.Sos" })
                await Assertions.Expect(timeline).ToContainTextAsync(name);
        });
    }

    private static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await BrowserPortal.WaitInteractiveAsync(page);
    }

    /// <summary>Ticks every kelengkapan of the running step, completes it and waits for the next (or the closure).</summary>
    private static async Task CompleteAsync(IPage page, int? next)
    {
        await page.Locator("[data-testid=langkah-berjalan]").WaitForAsync();
        var boxes = page.Locator("input[data-testid=kelengkapan], [data-testid=kelengkapan] input");
        for (var i = 0; i < await boxes.CountAsync(); i++)
        {
            if (!await boxes.Nth(i).IsCheckedAsync())
            {
                await boxes.Nth(i).ClickAsync();
                await Assertions.Expect(boxes.Nth(i)).ToBeCheckedAsync();
            }
        }
        await page.ClickAsync("[data-testid=selesaikan]");
        if (next is { } n)
            await Assertions.Expect(page.Locator("[data-testid=langkah-berjalan]")).ToContainTextAsync($"Langkah {n}:");
        else
            await Assertions.Expect(page.Locator("[data-testid=langkah-berjalan]")).ToHaveCountAsync(0);
    }
}
