using Portal.Domain.Reports;
using Portal.Domain.Sops;
using YamlDotNet.RepresentationModel;

namespace Portal.Sops;

/// <summary>The result of reading one SOP file: its definition, or the errors that refuse it.</summary>
public sealed record SopFile(string File, SopDefinition? Definition, IReadOnlyList<SeedFileError> Errors)
{
    internal YamlSink? Sink { get; init; }
}

/// <summary>Reads an SOP or Standar Pelayanan YAML file (format: seeds/README.md) into a <see cref="SopDefinition"/>.</summary>
public static class SopFileReader
{
    public static SopFile Read(string file, string text)
    {
        var sink = new YamlSink(file);
        var root = sink.Root(text);
        var definition = root is null ? null : ReadDocument(root);
        return new SopFile(file, sink.Errors.Count == 0 ? definition : null, sink.Errors) { Sink = sink };
    }

    private static SopDefinition? ReadDocument(YamlMap m)
    {
        var jenisText = m.Text("jenis") ?? "sop";
        SopDocumentKind jenis;
        switch (jenisText)
        {
            case "sop": jenis = SopDocumentKind.Sop; break;
            case "standar-pelayanan": jenis = SopDocumentKind.StandarPelayanan; break;
            default:
                m.Sink.Error("jenis", $"jenis '{jenisText}' tidak dikenal; gunakan 'sop' atau 'standar-pelayanan'");
                jenis = SopDocumentKind.Sop;
                break;
        }

        var definition = new SopDefinition
        {
            Kode = m.Text("kode", required: true) ?? "",
            Kantor = m.Text("kantor", required: true) ?? "",
            Jenis = jenis,
            Nama = m.Text("nama", required: true) ?? "",
            Nomor = m.Text("nomor"),
            Bidang = m.Text("bidang"),
            Seksi = m.Text("seksi"),
            TanggalPembuatan = m.Date("tanggal_pembuatan"),
            TanggalRevisi = m.Date("tanggal_revisi"),
            TanggalPengesahan = m.Date("tanggal_pengesahan"),
            TanggalEfektif = m.Date("tanggal_efektif"),
            Revisi = m.Text("revisi"),
            DisahkanOleh = ReadPengesah(m.Map("disahkan_oleh")),
            Draf = m.Text("draf"),
            DasarHukum = m.TextList("dasar_hukum"),
            KualifikasiPelaksana = m.TextList("kualifikasi_pelaksana"),
            Keterkaitan = m.MapList("keterkaitan").Select(k =>
            {
                var item = new Keterkaitan(k.Text("nama", required: true) ?? "", k.Text("sop"));
                k.RejectUnknownKeys();
                return item;
            }).ToList(),
            Peralatan = m.TextList("peralatan"),
            Peringatan = m.TextList("peringatan"),
            Hambatan = m.MapList("hambatan").Select(h =>
            {
                var item = new Hambatan(h.Text("hambatan", required: true) ?? "", h.Text("cara_mengatasi"));
                h.RejectUnknownKeys();
                return item;
            }).ToList(),
            Pencatatan = m.Text("pencatatan"),
            MonevSetelahSelesai = ReadWaktu(m, "monev_setelah_selesai"),
            Ppks = m.Text("ppks"),
            Spm = ReadSpm(m),
            CatatanPembacaan = m.TextList("catatan_pembacaan"),
            Asumsi = m.TextList("asumsi"),
            Langkah = jenis == SopDocumentKind.Sop ? m.MapList("langkah", required: true).Select(ReadStep).ToList() : [],
            StandarPelayanan = jenis == SopDocumentKind.StandarPelayanan ? ReadStandard(m) : null,
        };
        m.RejectUnknownKeys();
        return definition;
    }

    private static string? ReadSpm(YamlMap m)
    {
        var kode = m.Text("spm");
        if (kode is null || SpmCatalog.Find(kode) is not null) return kode;
        m.Sink.Error("spm", $"layanan SPM '{kode}' tidak dikenal; pilih: {string.Join(", ", SpmCatalog.All.Select(s => s.Kode))}");
        return null;
    }

    private static Pengesah? ReadPengesah(YamlMap? m)
    {
        if (m is null) return null;
        var p = new Pengesah(m.Text("nama", required: true) ?? "", m.Text("jabatan", required: true) ?? "", m.Text("pangkat"), m.Text("nip"));
        if (p.Nip is { } nip && (nip.Length != 18 || !nip.All(char.IsDigit)))
            m.Sink.Error($"{m.Path}.nip", $"NIP '{nip}' harus 18 angka tanpa spasi");
        m.RejectUnknownKeys();
        return p;
    }

    private static SopStep ReadStep(YamlMap m)
    {
        var roles = new List<StaffRole>();
        foreach (var (node, path) in m.Items("pelaksana", required: true))
        {
            var code = (node as YamlScalarNode)?.Value ?? "";
            if (StaffRoles.TryParse(code, out var role) && role != StaffRole.Admin) roles.Add(role);
            else m.Sink.Error(node.Start, path,
                $"peran '{code}' tidak dikenal; gunakan salah satu: {string.Join(", ", StaffRoles.All.Where(r => r != StaffRole.Admin).Select(r => r.Code()))}");
        }
        var remind = new List<StaffRole>();
        foreach (var (node, path) in m.Items("ingatkan"))
        {
            var code = (node as YamlScalarNode)?.Value ?? "";
            if (StaffRoles.TryParse(code, out var role) && role != StaffRole.Admin) remind.Add(role);
            else m.Sink.Error(node.Start, path, $"peran '{code}' tidak dikenal");
        }
        var parties = new List<PihakLuar>();
        foreach (var (node, path) in m.Items("pihak_luar"))
        {
            var code = (node as YamlScalarNode)?.Value ?? "";
            if (PihakLuarNames.TryParse(code, out var party)) parties.Add(party);
            else m.Sink.Error(node.Start, path,
                $"pihak luar '{code}' tidak dikenal; gunakan salah satu: {string.Join(", ", Enum.GetValues<PihakLuar>().Select(p => p.Code()))}");
        }
        var kelengkapan = new List<Kelengkapan>();
        foreach (var (node, path) in m.Items("kelengkapan"))
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } name }) kelengkapan.Add(new Kelengkapan(name.Trim()));
            else if (YamlMap.AsMap(node, path, m.Sink) is { } k)
            {
                kelengkapan.Add(new Kelengkapan(k.Text("nama", required: true) ?? "", Wajib: !k.Bool("bila_ada")));
                k.RejectUnknownKeys();
            }
            else m.Sink.Error(node.Start, path, "kelengkapan harus berupa teks, atau 'nama' dengan 'bila_ada: ya'");
        }

        var step = new SopStep(
            No: m.Int("no", required: true) ?? 0,
            Uraian: m.Text("uraian", required: true) ?? "",
            Pelaksana: roles,
            Kelengkapan: kelengkapan,
            Waktu: ReadWaktu(m, "waktu"),
            Output: m.Text("output"),
            Keterangan: m.Text("keterangan"),
            Keputusan: ReadDecision(m.Map("keputusan")),
            Cabang: m.MapList("cabang").Select(b =>
            {
                var branch = new SopBranch(b.Text("kondisi", required: true) ?? "", b.Text("sop", required: true) ?? "");
                b.RejectUnknownKeys();
                return branch;
            }).ToList(),
            PihakLuar: parties,
            Asesmen: m.Bool("asesmen"),
            Monev: m.Bool("monev"),
            JedaSaatMenunggu: m.Bool("jeda_saat_menunggu"),
            CatatanPembacaan: m.Text("catatan_pembacaan"),
            Ingatkan: remind) { Dokumen = m.TextList("dokumen"), Alat = m.TextList("alat") };
        m.RejectUnknownKeys();
        return step;
    }

    private static SopDecision? ReadDecision(YamlMap? m)
    {
        if (m is null) return null;
        var decision = new SopDecision(m.Text("pertanyaan", required: true) ?? "", ReadTarget(m, "ya"), ReadTarget(m, "tidak"));
        m.RejectUnknownKeys();
        return decision;
    }

    private static StepTarget ReadTarget(YamlMap m, string key)
    {
        var text = m.Text(key, required: true);
        if (text is null or "selesai") return StepTarget.Selesai;
        if (int.TryParse(text, out var no)) return new StepTarget(no);
        m.Sink.Error($"{m.Path}.{key}", $"'{text}' harus nomor langkah atau 'selesai'");
        return StepTarget.Selesai;
    }

    private static Waktu? ReadWaktu(YamlMap m, string key)
    {
        var text = m.Text(key);
        if (text is null) return null;
        // "0" and "-" mark a step with no time: no waktu, and nothing wrong.
        var waktu = Waktu.TryParse(text, out var error);
        if (error is not null) m.Sink.Error(m.Path.Length == 0 ? key : $"{m.Path}.{key}", error);
        return waktu;
    }

    private static StandarPelayananContent ReadStandard(YamlMap m) => new(
        SopKode: m.Text("sop", required: true) ?? "",
        Persyaratan: m.TextList("persyaratan", required: true),
        Prosedur: m.TextList("prosedur", required: true),
        JangkaWaktu: ReadWaktu(m, "jangka_waktu") ?? RequiredWaktu(m, "jangka_waktu"),
        Biaya: m.Text("biaya", required: true) ?? "",
        Produk: m.TextList("produk", required: true),
        Pengaduan: m.TextList("pengaduan"),
        SaranaPrasarana: m.TextList("sarana_prasarana"),
        KompetensiPelaksana: m.TextList("kompetensi_pelaksana"),
        PengawasanInternal: m.TextList("pengawasan_internal"),
        JumlahPelaksana: m.TextList("jumlah_pelaksana"),
        JaminanPelayanan: m.Text("jaminan_pelayanan") ?? "",
        JaminanKeamanan: m.TextList("jaminan_keamanan"),
        EvaluasiKinerja: m.TextList("evaluasi_kinerja"))
    {
        TindakLanjutPengaduan = ReadWaktu(m, "tindak_lanjut_pengaduan"),
    };

    private static Waktu RequiredWaktu(YamlMap m, string key)
    {
        if (m.Node(key) is null) m.Sink.Error(m.Start, key, "wajib diisi");
        else if (m.Text(key)?.Trim() is "0" or "-" or "–") m.Sink.Error(m.Start, key, "harus berisi waktu (mis. '1 hari'), bukan '0' atau '-'");
        return new Waktu(1, WaktuUnit.Hari);
    }
}
