using Microsoft.EntityFrameworkCore;
using Portal.Domain.Sops;
using Portal.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Sops;

/// <summary>Every file in seeds/ loads, and what is stored is exactly what the file says.</summary>
public class SeedFilesTests
{
    [Fact]
    public async Task Every_file_in_seeds_loads_and_round_trips_to_the_database_unchanged()
    {
        await using var portal = await TestPortal.StartAsync();
        var report = portal.Get<SeedLoadReport>();

        Assert.Empty(report.OfficeErrors);
        var files = Directory.GetFiles(Repo.Seeds, "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != SeedDirectory.OfficeFileName)
            .Select(f => Path.Combine("seeds", Path.GetRelativePath(Repo.Seeds, f)))
            .Order().ToList();
        var letterFiles = files.Where(f => f.Split(Path.DirectorySeparatorChar)[2] == SeedDirectory.LetterFolder).ToList();
        Assert.NotEmpty(letterFiles);
        Assert.Equal(letterFiles, report.Letters.Select(r => r.File).Order());
        Assert.All(report.Letters, r => Assert.True(r.Loaded, $"{r.File}: {string.Join("; ", r.Errors)}"));
        files = files.Except(letterFiles).ToList();
        Assert.Equal(files, report.Sops.Select(r => r.File).Order());
        Assert.All(report.Sops, r => Assert.True(r.Outcome == SopLoadOutcome.Baru, $"{r.File}: {r.Outcome} {string.Join("; ", r.Errors)}"));

        await using var db = await portal.DbAsync(null);
        var stored = await db.SopRevisions.IgnoreQueryFilters().ToListAsync();
        foreach (var result in report.Sops)
        {
            var office = result.File.Split(Path.DirectorySeparatorChar)[1];
            var fromFile = SeedSops.Read(office, Path.GetFileName(result.File));
            var fromDb = stored.Single(r => r.SourceFile == result.File).Definition();
            Assert.Equal(SopJson.Serialize(fromFile), SopJson.Serialize(fromDb));
        }
    }

    [Fact]
    public async Task Both_offices_are_created_with_their_time_zone_seksi_hours_and_holidays()
    {
        await using var portal = await TestPortal.StartAsync();
        await using var db = await portal.DbAsync(null);
        var offices = await db.Offices.Include(o => o.Seksi).OrderBy(o => o.Kode).ToListAsync();
        Assert.Equal(["lamandau", "tarakan"], offices.Select(o => o.Kode));
        Assert.Equal("Asia/Pontianak", offices[0].TimeZoneId);
        Assert.Equal("Asia/Makassar", offices[1].TimeZoneId);
        Assert.Equal("Seksi Rehabilitasi Sosial dan Penanganan Warga Negara Migran Korban Tindak Kekerasan", offices[1].Seksi.Single().Nama);
        var csv = Path.Combine(Repo.Seeds, "libur-nasional-2025-2026.csv");
        var rows = File.ReadAllLines(csv).Skip(1).Count(l => l.Length > 0);
        foreach (var office in offices)
        {
            Assert.Equal(5, await db.OfficeHours.CountAsync(h => h.OfficeId == office.Id));
            Assert.Equal(rows, await db.Holidays.IgnoreQueryFilters().CountAsync(h => h.OfficeId == office.Id));
        }
    }

    [Fact]
    public void The_printed_step_tables_are_encoded_whole()
    {
        Assert.Equal(7, SeedSops.Read("tarakan", "sop-rujukan-lk3.yaml").Langkah.Count);
        Assert.Equal(5, SeedSops.Read("tarakan", "sop-koordinasi-pmbs.yaml").Langkah.Count);
        Assert.Equal(8, SeedSops.Read("tarakan", "sop-pemulangan-orang-terlantar.yaml").Langkah.Count);
        var lamandau = SeedSops.Read("lamandau", "sop-anak-terlantar.yaml");
        Assert.Equal(Enumerable.Range(1, 17), lamandau.Langkah.Select(s => s.No));
        Assert.Equal(new Waktu(6, WaktuUnit.Bulan), lamandau.Step(12).Waktu);
        Assert.True(lamandau.Step(17).Monev);
    }

    [Fact]
    public void The_repatriation_sop_keeps_its_header_three_day_assessment_and_branches()
    {
        var sop = SeedSops.Read("tarakan", "sop-pemulangan-orang-terlantar.yaml");
        Assert.Equal("000.8.3.3/4/DINSOSPM", sop.Nomor);
        Assert.Equal(new DateOnly(2022, 8, 9), sop.TanggalPembuatan);
        Assert.Equal(new DateOnly(2025, 10, 22), sop.TanggalRevisi);
        Assert.Equal(new Pengesah("Arbain, SE., M.AP", "Kepala Dinas Sosial dan Pemberdayaan Masyarakat Kota Tarakan", "Pembina Utama Muda/IV-c", "196803181994031007"), sop.DisahkanOleh);
        Assert.Equal(2, sop.Hambatan.Count);
        Assert.Contains("Disdukcapil", sop.Hambatan[0].CaraMengatasi!.Replace("Dinas Kependudukan dan Catatan Sipil", "Disdukcapil"));

        var assessment = sop.Step(4);
        Assert.Equal("Melakukan asesmen masalah, kebutuhan dan sistem sumber", assessment.Uraian);
        Assert.Equal(new Waktu(3, WaktuUnit.Hari), assessment.Waktu);
        Assert.True(assessment.Asesmen);
        Assert.Equal([StaffRole.Peksos], assessment.Pelaksana);
        Assert.Equal(["rujukan-sakit-puskesmas", "shelter-masuk-keluar", "rujukan-odgj-rsud"], sop.Step(2).Cabang.Select(b => b.SopKode));
        Assert.Equal(new Waktu(60, WaktuUnit.Menit), sop.Step(8).Waktu);
    }

    [Fact]
    public void The_lk3_decision_and_the_pmbs_decision_lead_where_the_sensible_reading_says()
    {
        var lk3 = SeedSops.Read("tarakan", "sop-rujukan-lk3.yaml").Step(3).Keputusan!;
        Assert.Equal((4, 2), (lk3.Ya.StepNo, lk3.Tidak.StepNo));
        // The diamond is drawn at the case meeting: Ya on to the agreement, Tidak back to accompanying the client.
        var pmbs = SeedSops.Read("tarakan", "sop-koordinasi-pmbs.yaml");
        Assert.Equal((4, 2), (pmbs.Step(3).Keputusan!.Ya.StepNo, pmbs.Step(3).Keputusan!.Tidak.StepNo));
        Assert.Null(pmbs.Step(4).Keputusan);
        Assert.True(pmbs.NextAfter(pmbs.Step(5), null).ClosesCase);
    }

    [Fact]
    public void The_repatriation_steps_5_to_8_sit_with_the_cells_the_scan_prints_a_row_above_them()
    {
        var sop = SeedSops.Read("tarakan", "sop-pemulangan-orang-terlantar.yaml");
        Assert.Equal("Instrumen asesmen/layanan sosial", sop.Step(3).Output);
        Assert.Equal("Mengisi formulir layanan sosial masuk shelter", sop.Step(6).Uraian);
        Assert.Equal(["Formulir layanan sosial masuk shelter"], sop.Step(6).Kelengkapan.Select(k => k.Nama));
        Assert.Equal(new Waktu(15, WaktuUnit.Menit), sop.Step(6).Waktu);
        Assert.Equal(new Waktu(100, WaktuUnit.Menit), sop.Step(7).Waktu);
        Assert.Contains(sop.Step(7).Kelengkapan, k => k.Nama == "Uang tiket dan uang saku");
        Assert.Equal((new Waktu(60, WaktuUnit.Menit), "Klien OT selesai dipulangkan"), (sop.Step(8).Waktu, sop.Step(8).Output));
        Assert.All(new[] { 5, 6, 7, 8 }, n => Assert.NotNull(sop.Step(n).CatatanPembacaan));
        Assert.Contains(sop.Asumsi, a => a.StartsWith("Langkah 5 tidak memiliki sel mutu baku sendiri"));
    }

    [Fact]
    public void Lamandau_uses_its_own_column_names_a_drafted_then_signed_duty_letter_and_the_upt_as_doer()
    {
        var sop = SeedSops.Read("lamandau", "sop-anak-terlantar.yaml");
        Assert.StartsWith("UU No. 39 Tahun 1999", sop.DasarHukum[0]);
        Assert.StartsWith("UUD RI Tahun 1945 Pasal 34", sop.DasarHukum[1]);
        Assert.Equal(["Staf/Peksos/TSKK"], sop.Step(2).PelaksanaTercetak);
        Assert.Equal([StaffRole.Peksos, StaffRole.Pengadministrasi], sop.Step(2).Pelaksana);
        var surat = sop.Step(10);
        Assert.Equal([StaffRole.Peksos, StaffRole.Pengadministrasi], surat.StageRoles(0));
        Assert.Equal([StaffRole.Kadis], surat.Pelaksana);
        Assert.Equal(("upt", PihakLuar.Panti), (sop.Step(12).Pelaku!.Kode, sop.Step(12).Pelaku!.Jenis));
        Assert.Contains(sop.Step(13).PihakKantor, p => p.Kode == "upt");
    }

    [Fact]
    public void A_follow_up_monev_the_documents_do_not_print_is_labelled_an_office_setting_wherever_a_seed_sets_one()
    {
        var withMonev = 0;
        foreach (var office in Directory.GetDirectories(Repo.Seeds).Select(Path.GetFileName))
            foreach (var file in Directory.GetFiles(Path.Combine(Repo.Seeds, office!), "sop-*.yaml"))
            {
                var sop = SeedSops.Read(office!, Path.GetFileName(file));
                if (sop.MonevSetelahSelesai is null) continue;
                withMonev++;
                Assert.Contains(sop.Asumsi, a => a.StartsWith($"monev_setelah_selesai ({sop.MonevSetelahSelesai})", StringComparison.Ordinal));
            }
        Assert.Equal(4, withMonev);
    }

    [Fact]
    public void Drafted_sops_say_they_are_drafted_and_the_meal_limit_is_fourteen_days()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Seeds, "tarakan"), "draf-*.yaml"))
            Assert.False(string.IsNullOrWhiteSpace(SeedSops.Read("tarakan", Path.GetFileName(file)).Draf), file);
        var meals = SeedSops.Read("tarakan", "draf-permakanan-nasi-bungkus.yaml");
        // Calendar days: the meals run through weekends and holidays.
        Assert.Equal(new Waktu(14, WaktuUnit.HariKalender), meals.Step(2).Waktu);
    }

    [Fact]
    public async Task The_lk3_service_standard_is_found_inconsistent_with_its_sop()
    {
        await using var portal = await TestPortal.StartAsync();
        var sp = portal.Get<SeedLoadReport>().Sops.Single(r => r.Kode == "sp-rujukan-lk3");
        var finding = Assert.Single(sp.Findings);
        Assert.StartsWith("Jumlah waktu langkah SOP (2 hari kerja 3 jam 15 menit", finding);
        Assert.EndsWith("melebihi jangka waktu Standar Pelayanan (1 hari).", finding);
    }
}
