using Bunit;
using Portal.Components.SopLibrary;
using Portal.Domain.Sops;
using Portal.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Components.SopLibrary;

public class SopDocumentPageTests
{
    private const string Transcribed = """
        kode: uji-alat
        kantor: tarakan
        nama: SOP Uji Alat dan Asumsi
        tanggal_pengesahan: 2024-01-02
        tanggal_efektif: 2024-02-01
        revisi: "01"
        asumsi:
          - Tanda pelaksana langkah 2 tidak terbaca pada pindaian; diasumsikan pekerja sosial.
        langkah:
          - no: 1
            uraian: Menerima laporan
            pelaksana: [pengadministrasi]
            kelengkapan: [Formulir laporan]
            alat: [ATK, Kendaraan dinas]
            waktu: 15 mnt
          - no: 2
            uraian: Kunjungan rumah
            pelaksana: [peksos]
            waktu: 1 hr
        """;

    [Fact]
    public async Task The_sop_view_shows_tools_apart_from_kelengkapan_the_effective_date_and_what_the_transcriber_assumed()
    {
        await using var portal = await TestPortal.StartAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Admin);
        var loaded = await portal.Get<Portal.Sops.SopLibrary>().LoadAsync(admin.OfficeId, [("uji/alat.yaml", Transcribed)], "admin.tarakan");
        Assert.Equal(SopLoadOutcome.Baru, Assert.Single(loaded).Outcome);
        await using var ctx = PortalComponents.Create(portal, admin);

        var cut = ctx.Render<SopDocumentPage>(p => p.Add(x => x.Kode, "uji-alat"));

        cut.WaitForAssertion(() => Assert.Contains("Alat: ATK, Kendaraan dinas", cut.Find("[data-testid=alat]").TextContent));
        Assert.Contains("diasumsikan pekerja sosial", cut.Find("[data-testid=asumsi]").TextContent);
        // The month is named in the culture the portal runs in (id-ID in the app).
        Assert.Matches(@"efektif 1 \p{L}+ 2024", cut.Find("[data-testid=kepala-sop]").TextContent);
        // A tool is not a document to tick: the step asks only for its kelengkapan.
        var definition = (await portal.Get<Portal.Sops.SopLibrary>().CurrentAsync(admin.OfficeId))["uji-alat"].Definition;
        Assert.Equal(["Formulir laporan"], definition.Step(1).Kelengkapan.Select(k => k.Nama));
    }
}
