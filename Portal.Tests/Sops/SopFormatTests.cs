using Portal.Domain.Sops;
using Portal.Sops;

namespace Portal.Tests.Sops;

/// <summary>The constructs real SOP tables need: printed numbering, an office's own names, hand-offs and outside doers.</summary>
public class SopFormatTests
{
    private static readonly OfficeVocabulary Kantor = new(
        [new("tksk", "TKSK", [StaffRole.Peksos]), new("bag-penyantunan", "Bag. Penyantunan", [StaffRole.Koordinator])],
        [new("upt-pslu", "UPT PSLU Kalimantan Tengah", PihakLuar.Panti), new("kua", "KUA Kecamatan", PihakLuar.Lainnya)]);

    [Fact]
    public void A_table_whose_printed_numbers_repeat_loads_in_row_order_keeps_the_printed_labels_and_warns_on_the_line()
    {
        var file = SopFileReader.Read("uji/ulang.yaml", """
            kode: uji-ulang
            kantor: tarakan
            nama: SOP Nomor Berulang
            langkah:
              - no: 1
                uraian: Menerima berkas
                pelaksana: [pengadministrasi]
              - no: 2
                uraian: Asesmen
                pelaksana: [peksos]
              - no: 2
                uraian: Rapat kasus
                pelaksana: [peksos]
                keputusan:
                  pertanyaan: Lengkap?
                  ya: 3
                  tidak: 2
              - no: 3
                uraian: Pengesahan
                pelaksana: [kabid]
            """);

        Assert.Empty(file.Errors);
        var steps = file.Definition!.Langkah;
        Assert.Equal([1, 2, 3, 4], steps.Select(s => s.No));
        Assert.Equal(["1", "2", "2", "3"], steps.Select(s => s.Label));
        // Targets are printed numbers: 3 is the fourth row, 2 the first row printed 2.
        Assert.Equal(new StepTarget(4), steps[2].Keputusan!.Ya);
        Assert.Equal(new StepTarget(2), steps[2].Keputusan!.Tidak);
        Assert.Contains(file.Warnings, w => w.Field == "langkah[3].no" && w.Line == 11
            && w.Message.Contains("nomor tercetak '2' berulang (juga baris 2)"));
        Assert.Contains(file.Warnings, w => w.Field == "langkah[3].keputusan.tidak" && w.Message.Contains("dipakai baris pertama"));
    }

    [Fact]
    public void Lettered_numbers_load_and_a_skipped_number_is_kept_with_a_warning()
    {
        var lettered = SopFileReader.Read("uji/huruf.yaml", """
            kode: uji-huruf
            kantor: tarakan
            nama: SOP Nomor Berhuruf
            langkah:
              - { no: 1, uraian: Menerima, pelaksana: [pengadministrasi] }
              - { no: 2a, uraian: Asesmen, pelaksana: [peksos] }
              - { no: 2b, uraian: Rapat, pelaksana: [peksos] }
            """);
        Assert.Empty(lettered.Errors);
        Assert.Equal(["1", "2a", "2b"], lettered.Definition!.Langkah.Select(s => s.Label));

        var skipped = SopFileReader.Read("uji/lompat.yaml", """
            kode: uji-lompat
            kantor: tarakan
            nama: SOP Nomor Melompat
            langkah:
              - { no: 1, uraian: Menerima, pelaksana: [pengadministrasi] }
              - { no: 3, uraian: Asesmen, pelaksana: [peksos] }
            """);
        Assert.Empty(skipped.Errors);
        Assert.Equal([1, 3], skipped.Definition!.Langkah.Select(s => s.No));
        Assert.Equal("3", skipped.Definition.Langkah[1].Label);
        Assert.Contains("melompat dari 1 ke 3", Assert.Single(skipped.Warnings).Message);
    }

    [Fact]
    public void Office_names_for_pelaksana_and_outside_parties_map_to_portal_roles_and_kinds()
    {
        var file = SopFileReader.Read("uji/kantor.yaml", """
            kode: uji-kantor
            kantor: lamandau
            nama: SOP Nama Kantor
            langkah:
              - no: 1
                uraian: Verifikasi oleh TKSK
                pelaksana: [tksk]
                pihak_luar: [kua, panti]
              - no: 2
                uraian: Penyantunan
                pelaksana: [bag-penyantunan/kabid]
                ingatkan: [tksk]
                pihak_luar: [upt-pslu]
            """, Kantor);

        Assert.Empty(file.Errors);
        var steps = file.Definition!.Langkah;
        Assert.Equal([StaffRole.Peksos], steps[0].Pelaksana);
        Assert.Equal(["TKSK"], steps[0].PelaksanaTercetak);
        Assert.Equal([PihakLuar.Panti], steps[0].PihakLuar);
        Assert.Equal(["KUA Kecamatan"], steps[0].PihakKantor.Select(p => p.Nama));
        Assert.Equal([StaffRole.Koordinator, StaffRole.Kabid], steps[1].Pelaksana);
        Assert.Equal([StaffRole.Peksos], steps[1].Ingatkan);
        Assert.Equal([new PihakRef("upt-pslu", "UPT PSLU Kalimantan Tengah", PihakLuar.Panti)], steps[1].Parties());
    }

    [Fact]
    public void A_name_the_office_did_not_declare_is_refused_with_the_office_codes_listed()
    {
        var file = SopFileReader.Read("uji/asing.yaml", """
            kode: uji-asing
            kantor: lamandau
            nama: SOP Nama Asing
            langkah:
              - no: 1
                uraian: Verifikasi
                pelaksana: [tkss]
                pihak_luar: [kuaa]
            """, Kantor);

        Assert.Null(file.Definition);
        var role = Assert.Single(file.Errors, e => e.Field == "langkah[1].pelaksana[1]");
        Assert.Equal(7, role.Line);
        Assert.Contains("peran 'tkss' tidak dikenal; gunakan salah satu: pengadministrasi, peksos", role.Message);
        Assert.EndsWith("tksk, bag-penyantunan", role.Message);
        Assert.EndsWith("upt-pslu, kua", Assert.Single(file.Errors, e => e.Field == "langkah[1].pihak_luar[1]").Message);
    }

    [Fact]
    public void A_hand_off_is_read_in_turns_and_the_last_turn_completes_the_step()
    {
        var file = SopFileReader.Read("uji/serah.yaml", """
            kode: uji-serah
            kantor: lamandau
            nama: SOP Serah Terima
            langkah:
              - no: 1
                uraian: Pembuatan surat tugas
                pelaksana: [tksk/pengadministrasi → kadis]
            """, Kantor);

        Assert.Empty(file.Errors);
        var step = file.Definition!.Langkah[0];
        Assert.Equal(2, step.StageCount);
        Assert.Equal([StaffRole.Peksos, StaffRole.Pengadministrasi], step.StageRoles(0));
        Assert.Equal([StaffRole.Kadis], step.Pelaksana);
        Assert.True(step.IsSignOff);
        Assert.Contains(StaffRole.Pengadministrasi, file.Definition.WorkingRoles);
    }

    private const string OutsideDoers = """
        kode: uji-pelaku
        kantor: lamandau
        nama: SOP Pelaku Luar
        langkah:
          - no: 1
            uraian: Pemohon melengkapi berkas
            pelaku: pemohon
            pelaksana: [pengadministrasi]
          - no: 2
            uraian: Masa pelayanan di panti
            pelaku: upt-pslu
            pelaksana: [tksk]
        """;

    [Fact]
    public void An_outside_doer_is_recorded_by_the_staff_role_named_in_pelaksana()
    {
        var ok = SopFileReader.Read("uji/pelaku.yaml", OutsideDoers, Kantor).Definition!;
        Assert.Equal(new PihakRef("pemohon", "Pemohon", PihakLuar.Pemohon), ok.Langkah[0].Pelaku);
        Assert.Equal([StaffRole.Pengadministrasi], ok.Langkah[0].Pelaksana);
        Assert.Equal("UPT PSLU Kalimantan Tengah", ok.Langkah[1].Pelaku!.Nama);
        Assert.Equal(ok.Langkah[1].Pelaku, ok.Langkah[1].Parties()[0]);

        var unknown = SopFileReader.Read("uji/pelaku.yaml", OutsideDoers + """

              - no: 3
                uraian: Penutupan
                pelaku: pihak-tak-dikenal
                pelaksana: [peksos]
            """, Kantor);
        var error = Assert.Single(unknown.Errors);
        Assert.Equal(("langkah[3].pelaku", 15L), (error.Field, error.Line));
        Assert.Contains("pelaku 'pihak-tak-dikenal' bukan pihak luar yang dikenal", error.Message);
    }
}
