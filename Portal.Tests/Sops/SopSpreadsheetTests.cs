using MiniExcelLibs;
using Portal.Domain.Sops;
using Portal.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Sops;

/// <summary>An SOP table kept in Excel (Permenpan-RB layout) read into the YAML format, and the blank template.</summary>
public class SopSpreadsheetTests
{
    private static readonly OfficeVocabulary Lamandau = new([new("staf", "Staf/Peksos/TSKK", [StaffRole.Peksos, StaffRole.Pengadministrasi])], []);

    private static List<Dictionary<string, object?>> Rows(byte[] xlsx) =>
        new MemoryStream(xlsx).Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().Select(r => new Dictionary<string, object?>(r)).ToList();

    private static MemoryStream Workbook(IEnumerable<Dictionary<string, object?>> rows)
    {
        var buffer = new MemoryStream();
        buffer.SaveAs(rows, printHeader: false);
        buffer.Position = 0;
        return buffer;
    }

    [Fact]
    public async Task A_template_filled_in_as_an_office_would_reads_back_into_an_sop_the_library_saves()
    {
        var rows = Rows(SopSpreadsheet.Template(Lamandau));
        var header = rows.FindIndex(r => Equals(r["A"], "No"));
        var titles = rows[header].Where(kv => kv.Value is string).ToDictionary(kv => (string)kv.Value!, kv => kv.Key);
        Assert.Equal(["No", "Kegiatan", "Pengadministrasi", "Pekerja Sosial"], titles.Keys.Take(4));
        Assert.Contains("Staf/Peksos/TSKK", titles.Keys);
        Assert.Equal(["Kelengkapan", "Waktu", "Output", "Keterangan"], titles.Keys.TakeLast(4));

        rows[0]["B"] = "uji-impor";
        rows[1]["B"] = "Penerimaan Calon PM: Anak Terlantar";
        rows[2]["B"] = "800/II-9/Dinsos.C/2026";
        rows[5]["B"] = new DateTime(2026, 1, 5);
        rows.RemoveRange(header + 1, rows.Count - header - 1);
        Dictionary<string, object?> Step(params (string Title, object Value)[] cells)
        {
            var row = rows[header].ToDictionary(kv => kv.Key, _ => (object?)null);
            foreach (var (title, value) in cells) row[titles[title]] = value;
            return row;
        }
        rows.Add(Step(("No", 1.0), ("Kegiatan", "Penerimaan pendaftaran \"calon PM\""), ("Staf/Peksos/TSKK", "v"),
            ("Kelengkapan", "a. Formulir pendaftaran\nb. Fotokopi KK (bila ada)"), ("Waktu", "2 mgg"), ("Output", "Data pendaftar")));
        rows.Add(Step(("No", 2.0), ("Kegiatan", "Penentuan calon PM"), ("Koordinator", "√"), ("Kepala Bidang", "√"), ("Waktu", "1 jam 30 menit"),
            ("Keterangan", "Rapat: kasi dan kabid")));

        var read = SopSpreadsheet.Read(Workbook(rows), "lamandau", Lamandau);

        Assert.Empty(read.Problems);
        var file = SopFileReader.Read("uji-impor.yaml", read.Yaml, Lamandau);
        Assert.Empty(file.Errors);
        var sop = file.Definition!;
        Assert.Equal(("uji-impor", "lamandau", "Penerimaan Calon PM: Anak Terlantar", new DateOnly(2026, 1, 5)), (sop.Kode, sop.Kantor, sop.Nama, sop.TanggalPembuatan!.Value));
        Assert.Equal("Penerimaan pendaftaran \"calon PM\"", sop.Langkah[0].Uraian);
        Assert.Equal([StaffRole.Peksos, StaffRole.Pengadministrasi], sop.Langkah[0].Pelaksana);
        Assert.Equal([new Kelengkapan("Formulir pendaftaran"), new Kelengkapan("Fotokopi KK", Wajib: false)], sop.Langkah[0].Kelengkapan);
        Assert.Equal(new Waktu(2, WaktuUnit.Minggu), sop.Langkah[0].Waktu);
        Assert.Equal([StaffRole.Koordinator, StaffRole.Kabid], sop.Langkah[1].Pelaksana);
        Assert.Equal((new Waktu(90, WaktuUnit.Menit), "Rapat: kasi dan kabid"), (sop.Langkah[1].Waktu, sop.Langkah[1].Keterangan));

        // Saved like an uploaded file, against the office's stored names.
        await using var portal = await TestPortal.StartAsync();
        var saved = Assert.Single(await portal.Get<SopLibrary>().LoadAsync(await portal.OfficeIdAsync("lamandau"), [("uji-impor.yaml", read.Yaml)], "admin.lamandau"));
        Assert.Equal(SopLoadOutcome.Baru, saved.Outcome);
    }

    [Fact]
    public void A_two_row_permenpan_header_reads_and_every_cell_it_cannot_read_is_named()
    {
        Dictionary<string, object?> R(params object?[] cells) => cells.Select((v, i) => (Key: ((char)('A' + i)).ToString(), v)).ToDictionary(x => x.Key, x => x.v);
        var rows = new[]
        {
            R("Nama SOP", "Koordinasi PMBS", null, null, null, null, null, null, null),
            R("Tanggal Revisi", "22 Oktober 2025", null, null, null, null, null, null, null),
            R(null, null, null, null, null, null, null, null, null),
            R("NO", "URAIAN PROSEDUR", "PELAKSANA KEGIATAN", null, null, "MUTU BAKU", null, null, "Keterangan"),
            R(null, null, "Pendamping Sosial/Peksos", "Koordinator/Kabid", "Satpam", "Kelengkapan", "Waktu", "Output", null),
            R(1.0, "Klien menyampaikan permasalahan", "v", null, "v", "Surat kontrak kerja (bila ada)", "30 meint", null, null),
            R(2.0, null, null, "v", null, null, "3 hari", null, null),
            R(3.0, "Klien ke shelter", null, null, null, null, "15 menit", null, null),
        };

        var read = SopSpreadsheet.Read(Workbook(rows), "tarakan", OfficeVocabulary.Empty);

        Assert.Contains(read.Problems, p => p.StartsWith("Sel E5: kolom pelaksana 'Satpam'"));
        Assert.Contains(read.Problems, p => p.StartsWith("Sel G6: waktu '30 meint' tidak terbaca"));
        Assert.Contains(read.Problems, p => p.StartsWith("Sel kegiatan baris 7: kosong"));
        Assert.Contains(read.Problems, p => p.StartsWith("Baris 8: tidak ada kolom pelaksana yang ditandai"));
        Assert.Contains(read.Problems, p => p.StartsWith("Baris 2: Tanggal Revisi '22 Oktober 2025' bukan tanggal"));
        Assert.Equal(5, read.Problems.Count);

        // What could be read is there, and what could not is kept in words rather than dropped.
        var file = SopFileReader.Read("pmbs.yaml", read.Yaml);
        Assert.Null(file.Definition);
        var step1 = SopFileReader.Read("pmbs.yaml", read.Yaml.Replace("uraian: \"\"", "uraian: \"Rapat\"").Replace("pelaksana: []", "pelaksana: [kabid]")).Definition!.Langkah[0];
        Assert.Equal([StaffRole.Peksos], step1.Pelaksana);
        Assert.Null(step1.Waktu);
        Assert.Equal("Waktu tercetak '30 meint' tidak terbaca saat impor lembar kerja.", step1.CatatanPembacaan);
        Assert.Equal(new Kelengkapan("Surat kontrak kerja", Wajib: false), Assert.Single(step1.Kelengkapan));
    }

    [Fact]
    public void A_file_that_is_no_spreadsheet_says_so()
    {
        var read = SopSpreadsheet.Read(new MemoryStream("bukan xlsx"u8.ToArray()), "tarakan", OfficeVocabulary.Empty);
        Assert.Equal(("", "Berkas bukan lembar kerja .xlsx yang dapat dibaca."), (read.Yaml, Assert.Single(read.Problems)));
    }
}

public class SopTemplateDownloadTests
{
    [Fact]
    public async Task The_blank_template_downloads_for_the_admin_with_the_offices_own_columns_and_for_no_one_else()
    {
        await using var portal = new PortalFactory();
        using var admin = await StaffHttpClient.SignedInAsync(portal.Address, "admin.lamandau");

        var response = await admin.GetAsync("/sop/templat.xlsx");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var rows = new MemoryStream(await response.Content.ReadAsByteArrayAsync()).Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        var header = rows.Single(r => Equals(r["A"], "No"));
        Assert.Contains("Staf/Peksos/TSKK", header.Values);
        using var peksos = await StaffHttpClient.SignedInAsync(portal.Address, "peksos.lamandau");
        Assert.DoesNotContain("spreadsheetml", (await peksos.GetAsync("/sop/templat.xlsx")).Content.Headers.ContentType?.MediaType ?? "");
    }
}
