using Portal.Domain.Sops;
using Portal.Sops;

namespace Portal.Tests.Sops;

public class SopFileReaderTests
{
    [Fact]
    public void A_table_written_with_printed_time_spellings_and_a_marker_step_loads_as_printed()
    {
        var file = SopFileReader.Read("uji/ejaan.yaml", """
            kode: uji-ejaan
            kantor: tarakan
            nama: SOP Uji Ejaan Waktu
            langkah:
              - no: 1
                uraian: Menerima berkas
                pelaksana: [pengadministrasi]
                waktu: 15 mnt
              - no: 2
                uraian: Asesmen awal
                pelaksana: [peksos]
                waktu: 1 jam 30 menit
              - no: 3
                uraian: Rapat kasus
                pelaksana: [peksos]
                waktu: 1hr
              - no: 4
                uraian: Tanda terima diserahkan
                pelaksana: [pengadministrasi]
                waktu: "-"
              - no: 5
                uraian: Permakanan di shelter
                pelaksana: [petugas-shelter]
                waktu: paling lama 14 hari kalender
            """);

        Assert.Empty(file.Errors);
        var steps = file.Definition!.Langkah;
        Assert.Equal(new Waktu(15, WaktuUnit.Menit), steps[0].Waktu);
        Assert.Equal(new Waktu(90, WaktuUnit.Menit), steps[1].Waktu);
        Assert.Equal(new Waktu(1, WaktuUnit.Hari), steps[2].Waktu);
        // A marker step: no standard time, so it never runs late.
        Assert.Null(steps[3].Waktu);
        Assert.Equal(new Waktu(14, WaktuUnit.HariKalender), steps[4].Waktu);
    }

    [Fact]
    public void A_time_that_cannot_be_read_names_the_line_and_field()
    {
        var file = SopFileReader.Read("uji/rusak.yaml", """
            kode: uji-rusak
            kantor: tarakan
            nama: SOP Uji
            langkah:
              - no: 1
                uraian: Menerima berkas
                pelaksana: [pengadministrasi]
                waktu: 1 hari 2 jam
            """);

        var error = Assert.Single(file.Errors);
        Assert.Equal("langkah[1].waktu", error.Field);
        Assert.Equal(8, error.Line);
        Assert.Contains("hanya menit dan jam yang dapat dijumlahkan", error.Message);
    }
}
