using Microsoft.EntityFrameworkCore;
using Portal.Cases;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Sops;

/// <summary>The loader that serves both seeds/ and an administrator's upload.</summary>
public class SopLibraryTests
{
    // Line numbers matter: the messages must name them.
    private const string Valid = """
        kode: uji-rusak
        kantor: tarakan
        nama: SOP Uji
        langkah:
          - no: 1
            uraian: Mengisi formulir
            pelaksana: [pengadministrasi]
            waktu: 15 menit
          - no: 2
            uraian: Asesmen
            pelaksana: [peksos]
            waktu: 3 hari
        """;

    private const string Good = """
        kode: uji-baik
        kantor: tarakan
        nama: SOP Uji Baik
        langkah:
          - no: 1
            uraian: Mencatat
            pelaksana: [pengadministrasi]
            waktu: 1 hari
        """;

    public static TheoryData<string, string, int, string, string> Malformed => new()
    {
        { "peran tidak dikenal", Valid.Replace("pelaksana: [peksos]", "pelaksana: [peksoss]"), 11, "langkah[2].pelaksana[1]", "peran 'peksoss' tidak dikenal" },
        { "satuan tidak dikenal", Valid.Replace("waktu: 3 hari", "waktu: 3 pekan"), 12, "langkah[2].waktu", "satuan 'pekan' tidak dikenal; gunakan menit (mnt), jam, hari (hr), hari kalender, minggu atau bulan" },
        { "keputusan ke langkah yang tidak ada", Valid + "\n    keputusan:\n      pertanyaan: Lanjut?\n      ya: selesai\n      tidak: 9", 16, "langkah[2].keputusan.tidak", "menunjuk ke langkah 9 yang tidak ada" },
        { "kunci salah eja", Valid.Replace("waktu: 3 hari", "waktuu: 3 hari"), 12, "langkah[2].waktuu", "kunci 'waktuu' tidak dikenal" },
        { "sintaks YAML", Valid.Replace("pelaksana: [peksos]", "pelaksana: [peksos"), 11, "(sintaks YAML)", "belum ditutup" },
        { "kantor lain", Valid.Replace("kantor: tarakan", "kantor: lamandau"), 2, "kantor", "berkas ini untuk kantor 'lamandau', bukan 'tarakan'" },
        { "langkah tanpa pelaksana", Valid.Replace("    pelaksana: [peksos]\n", ""), 9, "langkah[2].pelaksana", "wajib diisi" },
        { "dokumen yang tidak ada", Valid.Replace("    waktu: 3 hari", "    waktu: 3 hari\n    dokumen: [surat-tidak-ada]"), 13, "langkah[2].dokumen[1]", "templat surat 'surat-tidak-ada' tidak ada di kantor ini" },
        { "pihak luar sebagai pelaksana", Valid.Replace("pelaksana: [peksos]", "pelaksana: [pemohon]"), 11, "langkah[2].pelaksana[1]", "'pemohon' (Pemohon) adalah pihak luar, bukan peran staf: tulis 'pelaku: pemohon'" },
        { "serah terima dalam dua butir", Valid.Replace("pelaksana: [peksos]", "pelaksana: [peksos → kadis, koordinator]"), 11, "langkah[2].pelaksana[1]", "serah terima ditulis dalam satu butir" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_file_is_refused_whole_with_file_line_and_field_while_the_others_load(
        string _, string text, int line, string field, string message)
    {
        await using var portal = await TestPortal.StartAsync();
        var tarakan = await portal.OfficeIdAsync("tarakan");

        var results = await portal.Get<SopLibrary>().LoadAsync(tarakan, [("uji/rusak.yaml", text), ("uji/baik.yaml", Good)], "admin.tarakan");

        var refused = results.Single(r => r.File == "uji/rusak.yaml");
        Assert.Equal(SopLoadOutcome.Ditolak, refused.Outcome);
        var error = Assert.Single(refused.Errors, e => e.Field == field);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
        Assert.StartsWith($"uji/rusak.yaml baris {line}, kolom ", error.ToString());
        Assert.Equal(SopLoadOutcome.Baru, results.Single(r => r.File == "uji/baik.yaml").Outcome);

        await using var db = await portal.DbAsync(tarakan);
        Assert.False(await db.Sops.AnyAsync(s => s.Kode == "uji-rusak"));
        Assert.True(await db.Sops.AnyAsync(s => s.Kode == "uji-baik"));
    }

    [Fact]
    public async Task A_branch_to_an_sop_not_held_loads_with_a_warning_on_its_line_and_opens_once_that_sop_is_loaded()
    {
        await using var portal = await TestPortal.StartAsync();
        var tarakan = await portal.OfficeIdAsync("tarakan");
        var parent = Good.Replace("uji-baik", "uji-induk") + "\n    cabang:\n      - kondisi: Perlu rujukan\n        sop: uji-rusak";
        var broken = Valid.Replace("waktu: 3 hari", "waktu: tiga hari");

        var results = await portal.Get<SopLibrary>().LoadAsync(tarakan, [("induk.yaml", parent), ("rusak.yaml", broken)], "admin.tarakan");

        Assert.Equal(SopLoadOutcome.Baru, results[0].Outcome);
        Assert.Empty(results[0].Errors);
        var warning = Assert.Single(results[0].Findings);
        Assert.StartsWith("induk.yaml baris 11, kolom ", warning);
        Assert.Contains("(langkah[1].cabang[1].sop): cabang ke SOP 'uji-rusak' yang belum ada di kantor ini", warning);
        Assert.Equal(SopLoadOutcome.Ditolak, results[1].Outcome);

        // A case runs on it; its branch is refused in words until the target exists, then opens.
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var workflow = portal.Get<CaseWorkflow>();
        var query = portal.Get<CaseDetailQuery>();
        var id = await workflow.OpenAsync(admin, "uji-induk", new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
        var version = await query.VersionAsync(admin, id);
        var refused = await Assert.ThrowsAsync<Portal.Domain.DomainRuleException>(() => workflow.OpenBranchAsync(admin, id, version, "Perlu rujukan"));
        Assert.Equal("SOP 'uji-rusak' tidak ditemukan di kantor Anda.", refused.Message);

        var fixedResults = await portal.Get<SopLibrary>().LoadAsync(tarakan, [("rusak.yaml", Valid)], "admin.tarakan");
        Assert.Equal(SopLoadOutcome.Baru, Assert.Single(fixedResults).Outcome);
        var child = await workflow.OpenBranchAsync(admin, id, await query.VersionAsync(admin, id), "Perlu rujukan");
        Assert.Equal("uji-rusak", (await query.LoadAsync(admin, child))!.Case.SopKode);
    }

    [Fact]
    public async Task A_changed_file_makes_a_new_revision_and_a_running_case_stays_on_its_own()
    {
        await using var portal = await TestPortal.StartAsync(ownSeeds: true);
        var tarakan = await portal.OfficeIdAsync("tarakan");
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var workflow = portal.Get<CaseWorkflow>();
        var running = await workflow.OpenAsync(admin, "rujukan-lk3", new CaseOpening(tarakan, null, [await portal.AddClientAsync(tarakan)], [], null));

        var file = Path.Combine(portal.SeedsPath, "tarakan", "sop-rujukan-lk3.yaml");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("waktu: 15 menit", "waktu: 20 menit"));
        var reloaded = await portal.Get<SeedDirectory>().LoadAsync();

        var lk3 = reloaded.Sops.Single(r => r.Kode == "rujukan-lk3");
        Assert.Equal((SopLoadOutcome.RevisiBaru, 2), (lk3.Outcome, lk3.RevisionNumber));
        Assert.All(reloaded.Sops.Where(r => r.Kode != "rujukan-lk3"), r => Assert.Equal(SopLoadOutcome.TidakBerubah, r.Outcome));

        var fresh = await workflow.OpenAsync(admin, "rujukan-lk3", new CaseOpening(tarakan, null, [await portal.AddClientAsync(tarakan)], [], null));
        await using var db = await portal.DbAsync(tarakan);
        var revisions = await db.SopRevisions.Where(r => db.Sops.Any(s => s.Id == r.SopId && s.Kode == "rujukan-lk3"))
            .ToDictionaryAsync(r => r.Number, r => r.Id);
        var cases = await db.Cases.Include(c => c.Steps).ToDictionaryAsync(c => c.Id);
        Assert.Equal(revisions[1], cases[running].SopRevisionId);
        Assert.Equal(revisions[2], cases[fresh].SopRevisionId);
        Assert.Equal(TimeSpan.FromMinutes(15), cases[running].Steps[0].DueAt - cases[running].Steps[0].StartedAt);
        Assert.Equal(TimeSpan.FromMinutes(20), cases[fresh].Steps[0].DueAt - cases[fresh].Steps[0].StartedAt);
    }

    [Fact]
    public async Task A_standard_pointing_at_an_unknown_sop_is_refused()
    {
        await using var portal = await TestPortal.StartAsync();
        var tarakan = await portal.OfficeIdAsync("tarakan");
        var text = (await File.ReadAllTextAsync(Path.Combine(Repo.Seeds, "tarakan", "sp-rujukan-lk3.yaml")))
            .Replace("kode: sp-rujukan-lk3", "kode: sp-lain").Replace("sop: rujukan-lk3", "sop: rujukan-lain");
        var result = Assert.Single(await portal.Get<SopLibrary>().LoadAsync(tarakan, [("sp.yaml", text)], "admin.tarakan"));
        Assert.Equal(SopLoadOutcome.Ditolak, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == "sop" && e.Message.Contains("'rujukan-lain' tidak dikenal"));
    }
}
