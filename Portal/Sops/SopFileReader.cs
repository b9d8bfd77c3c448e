using Portal.Domain.Reports;
using Portal.Domain.Sops;
using YamlDotNet.RepresentationModel;

namespace Portal.Sops;

/// <summary>The result of reading one SOP file: its definition, or the errors that refuse it.</summary>
public sealed record SopFile(string File, SopDefinition? Definition, IReadOnlyList<SeedFileError> Errors)
{
    internal YamlSink? Sink { get; init; }

    /// <summary>What loads but the author should know (a printed number that repeats or skips), at its line and field.</summary>
    public IReadOnlyList<SeedFileError> Warnings => Sink?.Warnings ?? [];
}

/// <summary>Reads an SOP or Standar Pelayanan YAML file (format: seeds/README.md) into a <see cref="SopDefinition"/>.</summary>
public static class SopFileReader
{
    private static readonly string[] Arrows = ["→", "->", "⇒", "=>"];

    /// <param name="vocabulary">The office's own pelaksana and pihak_luar names (kantor.yaml); none when omitted.</param>
    public static SopFile Read(string file, string text, OfficeVocabulary? vocabulary = null)
    {
        var sink = new YamlSink(file);
        var root = sink.Root(text);
        var definition = root is null ? null : ReadDocument(root, vocabulary ?? OfficeVocabulary.Empty);
        return new SopFile(file, sink.Errors.Count == 0 ? definition : null, sink.Errors) { Sink = sink };
    }

    private static SopDefinition? ReadDocument(YamlMap m, OfficeVocabulary vocabulary)
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
            Langkah = jenis == SopDocumentKind.Sop ? Numbered(m.MapList("langkah", required: true).Select(s => ReadStep(s, vocabulary)).ToList(), m.Sink) : [],
            StandarPelayanan = jenis == SopDocumentKind.StandarPelayanan ? ReadStandard(m) : null,
        };
        definition = definition with { Angkatan = ReadAngkatan(m.Map("angkatan"), definition.Langkah) };
        m.RejectUnknownKeys();
        return definition;
    }

    /// <summary><c>angkatan: { seleksi: 5 }</c>: the printed number of the step that selects the round's beneficiaries.</summary>
    private static AngkatanRule? ReadAngkatan(YamlMap? m, IReadOnlyList<SopStep> steps)
    {
        if (m is null) return null;
        var seleksi = m.Text("seleksi", required: true);
        m.RejectUnknownKeys();
        if (seleksi is null) return null;
        var step = steps.FirstOrDefault(s => s.Label == seleksi);
        if (step is null)
        {
            m.Sink.Error($"{m.Path}.seleksi", $"langkah seleksi '{seleksi}' tidak ada pada tabel");
            return null;
        }
        return new AngkatanRule(step.No);
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

    /// <summary>
    /// Keeps the printed numbers as the steps' numbers when they rise (gaps allowed, with a warning). A table whose
    /// printed numbers repeat, fall or carry letters loads too: its steps are numbered by row, keep the printed
    /// number for display, and Ya/Tidak targets are read as printed numbers (the first row that carries one).
    /// </summary>
    private static List<SopStep> Numbered(List<SopStep> steps, YamlSink sink)
    {
        var printed = steps.Select(s => s.NomorTercetak ?? "").ToList();
        var numbers = printed.Select(p => int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : (int?)null).ToList();
        if (numbers.All(n => n is > 0) && numbers.Zip(numbers.Skip(1)).All(p => p.Second > p.First))
        {
            for (var i = 1; i < numbers.Count; i++)
                if (numbers[i] > numbers[i - 1] + 1)
                    sink.Warn($"langkah[{i + 1}].no", $"nomor tercetak melompat dari {numbers[i - 1]} ke {numbers[i]}; nomor dipakai apa adanya");
            return steps.Select((s, i) => s with { No = numbers[i]!.Value, NomorTercetak = null }).ToList();
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var earlier = printed.FindIndex(p => p == printed[i]);
            if (earlier < i)
                sink.Warn($"langkah[{i + 1}].no", $"nomor tercetak '{printed[i]}' berulang (juga baris {earlier + 1}); langkah ini diurutkan sebagai baris ke-{i + 1} dan tetap ditampilkan '{printed[i]}'");
            else if (i > 0 && numbers[i] is { } n && numbers[i - 1] is { } before && n <= before)
                sink.Warn($"langkah[{i + 1}].no", $"nomor tercetak {n} tidak lebih besar dari baris sebelumnya ({before}); langkah diurutkan menurut baris");
        }
        StepTarget ByRow(StepTarget target, string field)
        {
            if (target.StepNo is not { } no) return target;
            var label = no.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var rows = printed.Select((p, i) => (p, i)).Where(x => x.p == label).Select(x => x.i).ToList();
            if (rows.Count == 0)
            {
                sink.Error(field, $"menunjuk ke langkah {label} yang tidak tercetak pada tabel");
                return StepTarget.Selesai;
            }
            if (rows.Count > 1) sink.Warn(field, $"nomor {label} tercetak pada {rows.Count} baris; dipakai baris pertama (baris {rows[0] + 1})");
            return new StepTarget(rows[0] + 1);
        }
        return steps.Select((s, i) => s with
        {
            No = i + 1,
            Keputusan = s.Keputusan is { } d
                ? d with { Ya = ByRow(d.Ya, $"langkah[{i + 1}].keputusan.ya"), Tidak = ByRow(d.Tidak, $"langkah[{i + 1}].keputusan.tidak") }
                : null,
        }).ToList();
    }

    private static SopStep ReadStep(YamlMap m, OfficeVocabulary vocabulary)
    {
        var (stages, printedRoles) = ReadPelaksana(m, vocabulary);
        var remind = new List<StaffRole>();
        foreach (var (node, path) in m.Items("ingatkan"))
        {
            var code = (node as YamlScalarNode)?.Value ?? "";
            if (StaffRoles.TryParse(code, out var role) && role != StaffRole.Admin) remind.Add(role);
            else if (vocabulary.Role(code) is { } own) remind.AddRange(own.Peran);
            else m.Sink.Error(node.Start, path, $"peran '{code}' tidak dikenal; gunakan salah satu: {RoleCodes(vocabulary)}");
        }
        var parties = new List<PihakLuar>();
        var officeParties = new List<PihakRef>();
        foreach (var (node, path) in m.Items("pihak_luar"))
        {
            var code = (node as YamlScalarNode)?.Value ?? "";
            if (PihakLuarNames.TryParse(code, out var party)) parties.Add(party);
            else if (vocabulary.Party(code) is { } own) officeParties.Add(own);
            else m.Sink.Error(node.Start, path, $"pihak luar '{code}' tidak dikenal; gunakan salah satu: {PartyCodes(vocabulary)}");
        }
        PihakRef? doer = null;
        if (m.Text("pelaku") is { } pelaku)
        {
            doer = vocabulary.Party(pelaku);
            if (doer is null) m.Sink.Error($"{m.Path}.pelaku", $"pelaku '{pelaku}' bukan pihak luar yang dikenal; gunakan salah satu: {PartyCodes(vocabulary)}");
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
            No: 0,
            Uraian: m.Text("uraian", required: true) ?? "",
            Pelaksana: stages[^1],
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
            Ingatkan: remind)
        {
            NomorTercetak = m.Text("no", required: true, max: 12),
            Dokumen = m.TextList("dokumen"),
            Alat = m.TextList("alat"),
            SerahTerima = stages[..^1],
            PelaksanaTercetak = printedRoles,
            Pelaku = doer,
            PihakKantor = officeParties,
        };
        m.RejectUnknownKeys();
        return step;
    }

    /// <summary>
    /// The pelaksana column: portal roles or the office's own names (kantor.yaml), several in one turn
    /// (<c>[peksos, pengadministrasi]</c> or <c>koordinator/kabid</c>), or a hand-off in turns with an arrow
    /// (<c>[pengadministrasi → kadis]</c>): the last turn completes the step.
    /// </summary>
    private static (List<IReadOnlyList<StaffRole>> Stages, List<string> Printed) ReadPelaksana(YamlMap m, OfficeVocabulary vocabulary)
    {
        var items = m.Items("pelaksana", required: true);
        var printed = new List<string>();
        var withArrow = items.Where(i => Arrows.Any(a => ((i.Node as YamlScalarNode)?.Value ?? "").Contains(a, StringComparison.Ordinal))).ToList();
        if (withArrow.Count > 0 && items.Count > 1)
            m.Sink.Error(withArrow[0].Node.Start, withArrow[0].Path,
                "serah terima ditulis dalam satu butir, mis. [pengadministrasi → kadis]; peran yang bergantian dalam satu giliran dipisah '/'");
        static string TextOf(YamlNode node) => (node as YamlScalarNode)?.Value ?? "";
        var turns = withArrow is [var (arrowNode, arrowPath), ..]
            ? TextOf(arrowNode).Split(Arrows, StringSplitOptions.None).Select(t => new List<(YamlNode Node, string Path, string Text)> { (arrowNode, arrowPath, t) }).ToList()
            : [items.Select(i => (i.Node, i.Path, TextOf(i.Node))).ToList()];
        var stages = new List<IReadOnlyList<StaffRole>>();
        foreach (var turn in turns)
        {
            var roles = new List<StaffRole>();
            foreach (var (node, path, text) in turn)
                foreach (var code in text.Split('/', StringSplitOptions.TrimEntries))
                {
                    if (StaffRoles.TryParse(code, out var role) && role != StaffRole.Admin) roles.Add(role);
                    else if (vocabulary.Role(code) is { } own)
                    {
                        roles.AddRange(own.Peran);
                        if (!printed.Contains(own.Nama)) printed.Add(own.Nama);
                    }
                    else if (vocabulary.Party(code) is { } party)
                        m.Sink.Error(node.Start, path,
                            $"'{code}' ({party.Nama}) adalah pihak luar, bukan peran staf: tulis 'pelaku: {code}' dan di pelaksana peran staf yang mencatatnya");
                    else m.Sink.Error(node.Start, path, $"peran '{code}' tidak dikenal; gunakan salah satu: {RoleCodes(vocabulary)}");
                }
            if (roles.Count == 0 && withArrow.Count > 0 && turn is [var (emptyNode, emptyPath, _)])
                m.Sink.Error(emptyNode.Start, emptyPath, "setiap giliran serah terima harus menyebut setidaknya satu peran");
            stages.Add(roles.Distinct().ToList());
        }
        if (stages.Count == 0) stages.Add([]);
        return (stages, printed);
    }

    private static string RoleCodes(OfficeVocabulary vocabulary) =>
        string.Join(", ", StaffRoles.All.Where(r => r != StaffRole.Admin).Select(r => r.Code()).Concat(vocabulary.Pelaksana.Select(r => r.Kode)));

    private static string PartyCodes(OfficeVocabulary vocabulary) =>
        string.Join(", ", Enum.GetValues<PihakLuar>().Where(p => p != PihakLuar.Lainnya).Select(p => p.Code()).Concat(vocabulary.PihakLuar.Select(p => p.Kode)));

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
