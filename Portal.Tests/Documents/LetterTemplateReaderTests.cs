using Portal.Documents;
using Portal.Domain.Documents;
using Portal.Offices;
using Portal.Tests.Support;

namespace Portal.Tests.Documents;

public class LetterTemplateReaderTests
{
    // Line numbers matter: the messages must name them.
    private const string Valid = """
        kode: surat-uji
        judul: Surat Uji
        klasifikasi: "400.9"
        paragraf:
          - "Nama klien {klien.nama}, nomor kasus {kasus.nomor}."
        penandatangan:
          jabatan: Kepala Dinas
          peran: kadis
        """;

    public static TheoryData<string, string, int, string, string> Malformed => new()
    {
        { "kolom tidak dikenal", Valid.Replace("{kasus.nomor}", "{kasus.nomer}"), 5, "paragraf[1]", "kolom '{kasus.nomer}' tidak dikenal" },
        { "peran penandatangan", Valid.Replace("peran: kadis", "peran: bupati"), 8, "penandatangan.peran", "peran 'bupati' tidak dikenal" },
        { "nik", Valid + "\nnik: semua", 9, "nik", "nik harus 'tersamar' atau 'lengkap'" },
        { "tanpa paragraf", Valid.Replace("paragraf:\n  - \"Nama klien {klien.nama}, nomor kasus {kasus.nomor}.\"\n", ""), 1, "paragraf", "wajib diisi" },
        { "kunci salah eja", Valid.Replace("judul:", "judull:"), 2, "judull", "kunci 'judull' tidak dikenal" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_template_is_refused_with_file_line_and_field(string _, string text, int line, string field, string message)
    {
        var (template, errors) = LetterTemplateReader.Read("surat/uji.yaml", text);

        Assert.Null(template);
        var error = Assert.Single(errors, e => e.Field == field);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_valid_template_names_its_fields_in_order()
    {
        var (template, errors) = LetterTemplateReader.Read("surat/uji.yaml", Valid);

        Assert.Empty(errors);
        Assert.Equal(["klien.nama", "kasus.nomor"], template!.Fields);
        Assert.Equal("Nama klien Wulan, nomor kasus {kasus.nomor}.", LetterTemplate.Fill(template.Paragraf[0], new Dictionary<string, string> { ["klien.nama"] = "Wulan" }));
    }

    [Fact]
    public void An_agenda_number_follows_the_offices_pattern_with_a_roman_month()
    {
        Assert.Equal("400.9/0042/DINSOSPM/XI/2026", NomorSurat.Format("{klasifikasi}/{urut}/DINSOSPM/{bulan-romawi}/{tahun}", "400.9", 42, new DateOnly(2026, 11, 24)));
        Assert.Equal("pola harus memuat {urut}, nomor agenda yang berjalan", NomorSurat.Problem("{klasifikasi}/{tahun}"));
        Assert.StartsWith("bagian '{bulan-latin}' tidak dikenal", NomorSurat.Problem("{urut}/{bulan-latin}"));
    }

    [Fact]
    public async Task An_office_whose_logo_is_not_an_image_is_refused_with_the_field()
    {
        using var folder = new TempFolder();
        var seed = File.ReadAllText(Path.Combine(Repo.Seeds, "tarakan", "kantor.yaml"))
            .Replace("kota: Tarakan", "kota: Tarakan\n  logo: logo.png")
            .Replace("kalender: ../libur-nasional-2025-2026.csv\n", "");
        File.WriteAllText(Path.Combine(folder.Path, "kantor.yaml"), seed);
        File.WriteAllText(Path.Combine(folder.Path, "logo.png"), "bukan gambar");
        await using var portal = await TestPortal.StartAsync();

        var (office, errors) = await portal.Get<OfficeSeeder>().SeedAsync(Path.Combine(folder.Path, "kantor.yaml"), "uji/kantor.yaml", CancellationToken.None);

        Assert.Null(office);
        Assert.Equal("kop.logo", Assert.Single(errors).Field);
        Assert.Equal("logo 'logo.png' harus berkas PNG atau JPEG", errors[0].Message);
    }
}
