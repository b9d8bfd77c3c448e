using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using Portal.Domain.Sops;

namespace Portal.Sops;

/// <summary>What an .xlsx SOP table became: the YAML revision to review, and every cell that could not be read.</summary>
public sealed record SopSpreadsheetResult(string Yaml, IReadOnlyList<string> Problems);

/// <summary>
/// Reads an SOP kept as a spreadsheet in the Permenpan-RB 35/2012 layout (No · Kegiatan · a column per pelaksana,
/// marked · Kelengkapan · Waktu · Output · Keterangan, with the header details above the table) into the YAML format
/// of seeds/README.md, and writes the blank template. Nothing is saved here: the administrator reviews the YAML and
/// its problems, then loads it like any SOP file.
/// </summary>
public static partial class SopSpreadsheet
{
    public const int MaxRows = 500;

    private static readonly (string Label, string Key)[] Header =
    [
        ("Kode", "kode"), ("Nama SOP", "nama"), ("Nomor SOP", "nomor"), ("Bidang", "bidang"), ("Seksi", "seksi"),
        ("Tanggal Pembuatan", "tanggal_pembuatan"), ("Tanggal Revisi", "tanggal_revisi"),
        ("Tanggal Pengesahan", "tanggal_pengesahan"), ("Tanggal Efektif", "tanggal_efektif"),
    ];

    private static readonly Dictionary<string, StaffRole> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["staf"] = StaffRole.Peksos, ["pendamping"] = StaffRole.Peksos, ["pekerja sosial"] = StaffRole.Peksos, ["sub koordinator"] = StaffRole.Koordinator,
        ["sub-koordinator"] = StaffRole.Koordinator, ["kasi"] = StaffRole.Koordinator, ["kepala seksi"] = StaffRole.Koordinator,
        ["kepala bidang"] = StaffRole.Kabid, ["kepala dinas"] = StaffRole.Kadis, ["ka. dinas"] = StaffRole.Kadis, ["petugas shelter"] = StaffRole.PetugasShelter,
    };

    /// <summary>The blank template: header details, then the table header with the portal's roles and the office's own columns.</summary>
    public static byte[] Template(OfficeVocabulary vocabulary)
    {
        var roles = StaffRoles.All.Where(r => r != StaffRole.Admin).Select(r => r.Label()).Concat(vocabulary.Pelaksana.Select(r => r.Nama)).ToList();
        var table = new List<string> { "No", "Kegiatan" };
        table.AddRange(roles);
        table.AddRange(["Kelengkapan", "Waktu", "Output", "Keterangan"]);
        var rows = Header.Select(h => Row(table.Count, h.Label, ""))
            .Append(Row(table.Count))
            .Append(Row(table.Count, [.. table]))
            .Append(Row(table.Count, ["1", "(hapus baris contoh ini) Menerima berkas klien", "v"]))
            .ToList();
        using var buffer = new MemoryStream();
        buffer.SaveAs(rows, printHeader: false, sheetName: "SOP");
        return buffer.ToArray();
    }

    public static SopSpreadsheetResult Read(Stream xlsx, string officeKode, OfficeVocabulary vocabulary)
    {
        var problems = new List<string>();
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = xlsx.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().Take(MaxRows + 20).ToList();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            return new("", ["Berkas bukan lembar kerja .xlsx yang dapat dibaca."]);
        }

        var headerAt = rows.FindIndex(r => r.Values.Any(v => Text(v) is "no" or "no." or "nomor") && r.Values.Any(v => Text(v) is { } t && (t.Contains("kegiatan") || t.Contains("uraian"))));
        if (headerAt < 0) return new("", ["Baris judul tabel tidak ditemukan: tulis 'No' dan 'Kegiatan' (atau 'Uraian Prosedur') di satu baris."]);

        var meta = ReadHeaderDetails(rows.Take(headerAt), problems);
        var (columns, titledAt, dataFrom) = Columns(rows, headerAt);
        var noColumn = columns.FirstOrDefault(c => c.Value == "no").Key;
        var roleColumns = new Dictionary<string, (string Code, string Printed)>();
        foreach (var (letter, name) in columns.Where(c => c.Value.StartsWith("pelaksana:")))
        {
            var printed = name["pelaksana:".Length..];
            if (RoleCode(printed, vocabulary) is { } code) roleColumns[letter] = (code, printed);
            else problems.Add($"Sel {letter}{titledAt[letter]}: kolom pelaksana '{printed}' bukan peran portal atau nama di kantor.yaml; tandanya diabaikan. Tambahkan namanya di kantor.yaml (pelaksana) atau ganti judul kolomnya.");
        }

        var yaml = new StringBuilder();
        yaml.AppendLine("jenis: sop");
        Line(yaml, "", "kode", meta.GetValueOrDefault("kode") ?? Slug(meta.GetValueOrDefault("nama")));
        Line(yaml, "", "kantor", officeKode);
        foreach (var (_, key) in Header.Skip(1)) if (meta.GetValueOrDefault(key) is { } value) Line(yaml, "", key, value);
        var notes = new List<string>();
        var steps = new StringBuilder();
        var count = 0;
        for (var i = dataFrom; i < rows.Count; i++)
        {
            var row = rows[i];
            var cell = (string key) => columns.Where(c => c.Value == key).Select(c => Raw(At(row, c.Key))).FirstOrDefault(v => v.Length > 0);
            if (row.Values.All(v => Raw(v).Length == 0)) continue;
            if (++count > MaxRows)
            {
                problems.Add($"Lebih dari {MaxRows} baris langkah; baris {i + 1} dan seterusnya tidak dibaca.");
                break;
            }
            var at = $"baris {i + 1}";
            var no = noColumn is null ? "" : Raw(At(row, noColumn));
            if (no.Length == 0)
            {
                no = count.ToString(CultureInfo.InvariantCulture);
                problems.Add($"Sel {noColumn ?? "A"}{i + 1}: nomor langkah kosong; dipakai {no}.");
            }
            steps.AppendLine($"  - no: {Q(no)}");
            var uraian = cell("uraian");
            if (uraian is null) problems.Add($"Sel kegiatan {at}: kosong; langkah ini ditolak saat dimuat sampai diisi.");
            Line(steps, "    ", "uraian", uraian ?? "");
            var marked = roleColumns.Where(c => Raw(At(row, c.Key)).Length > 0).Select(c => c.Value.Code).Distinct().ToList();
            if (marked.Count == 0) problems.Add($"{Cap(at)}: tidak ada kolom pelaksana yang ditandai; langkah ini ditolak saat dimuat sampai ditandai.");
            steps.AppendLine($"    pelaksana: [{string.Join(", ", marked)}]");
            if (cell("kelengkapan") is { } kelengkapan)
            {
                steps.AppendLine("    kelengkapan:");
                foreach (var item in Items(kelengkapan))
                {
                    var optional = BilaAda().Match(item);
                    if (optional.Success) steps.AppendLine($"      - {{ nama: {Q(item[..optional.Index].Trim())}, bila_ada: ya }}");
                    else steps.AppendLine($"      - {Q(item)}");
                }
            }
            if (cell("alat") is { } alat) steps.AppendLine($"    alat: [{string.Join(", ", Items(alat).Select(Q))}]");
            if (cell("waktu") is { } waktu)
            {
                var letter = columns.First(c => c.Value == "waktu").Key;
                Waktu.TryParse(waktu, out var error);
                if (error is null) Line(steps, "    ", "waktu", waktu);
                else
                {
                    problems.Add($"Sel {letter}{i + 1}: waktu '{waktu}' tidak terbaca ({error}); langkah dimuat tanpa waktu dan tercatat di catatan_pembacaan.");
                    Line(steps, "    ", "catatan_pembacaan", $"Waktu tercetak '{waktu}' tidak terbaca saat impor lembar kerja.");
                }
            }
            if (cell("output") is { } output) Line(steps, "    ", "output", output);
            if (cell("keterangan") is { } keterangan) Line(steps, "    ", "keterangan", keterangan);
        }
        if (count == 0) problems.Add("Tabel tidak berisi langkah di bawah baris judul.");
        notes.Add($"Diimpor dari lembar kerja; keputusan Ya/Tidak dan cabang ditambahkan di berkas ini bila ada.");
        yaml.AppendLine("catatan_pembacaan:");
        foreach (var n in notes) yaml.AppendLine($"  - {Q(n)}");
        yaml.AppendLine("langkah:");
        yaml.Append(steps);
        return new(yaml.ToString(), problems);
    }

    private static Dictionary<string, string> ReadHeaderDetails(IEnumerable<IDictionary<string, object?>> rows, List<string> problems)
    {
        var meta = new Dictionary<string, string>();
        var index = 0;
        foreach (var row in rows)
        {
            index++;
            var cells = row.Values.Select(Raw).ToList();
            for (var c = 0; c + 1 < cells.Count; c++)
            {
                var header = Header.FirstOrDefault(h => string.Equals(h.Label, cells[c].TrimEnd(':', ' '), StringComparison.OrdinalIgnoreCase));
                if (header.Key is null || cells[c + 1].Length == 0) continue;
                var value = row.Values.ElementAt(c + 1) is DateTime date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : cells[c + 1];
                if (header.Key.StartsWith("tanggal_") && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    problems.Add($"Baris {index}: {header.Label} '{value}' bukan tanggal TTTT-BB-HH; tidak dimasukkan, tulis ulang di YAML.");
                    continue;
                }
                meta[header.Key] = value;
            }
        }
        if (!meta.ContainsKey("nama")) problems.Add("Nama SOP tidak ditemukan di atas tabel (baris 'Nama SOP'); isi 'nama' sebelum menyimpan.");
        return meta;
    }

    /// <summary>Column letter → meaning, from the header row and, in the two-row Permenpan header, the row below it.</summary>
    /// <returns>Each column's meaning, the (1-based) row its title is on, and the first row of steps.</returns>
    private static (Dictionary<string, string> Columns, Dictionary<string, int> TitledAt, int DataFrom) Columns(List<IDictionary<string, object?>> rows, int headerAt)
    {
        var top = rows[headerAt];
        var below = headerAt + 1 < rows.Count ? rows[headerAt + 1] : null;
        // A sub-header row names columns but carries no step number.
        var twoRows = below is not null && below.Values.Any(v => Raw(v).Length > 0)
            && Raw(At(below, top.First(kv => Text(kv.Value) is "no" or "no." or "nomor").Key)).Length == 0;
        var columns = new Dictionary<string, string>();
        var titledAt = new Dictionary<string, int>();
        foreach (var (letter, value) in top)
        {
            var fromBelow = twoRows && Raw(At(below!, letter)).Length > 0;
            var name = fromBelow ? Raw(At(below!, letter)) : Raw(value);
            titledAt[letter] = headerAt + (fromBelow ? 2 : 1);
            var lower = name.ToLowerInvariant();
            columns[letter] = lower switch
            {
                "" => "",
                "no" or "no." or "nomor" => "no",
                _ when lower.Contains("kegiatan") || lower.Contains("uraian") => "uraian",
                _ when lower.Contains("kelengkapan") || lower.Contains("persyaratan") => "kelengkapan",
                _ when lower.Contains("waktu") => "waktu",
                _ when lower.Contains("output") => "output",
                _ when lower.Contains("keterangan") => "keterangan",
                _ when lower == "alat" || lower.StartsWith("alat ") => "alat",
                "pelaksana" or "pelaksana kegiatan" or "mutu baku" => "",
                _ => $"pelaksana:{name}",
            };
        }
        return (columns, titledAt, headerAt + (twoRows ? 2 : 1));
    }

    /// <summary>A column title as a pelaksana code: the office's own names first, then the portal's roles and their usual titles.</summary>
    private static string? RoleCode(string printed, OfficeVocabulary vocabulary)
    {
        var name = printed.Trim();
        if (vocabulary.Pelaksana.FirstOrDefault(r => string.Equals(r.Nama, name, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Kode, name, StringComparison.OrdinalIgnoreCase)) is { } own)
            return own.Kode;
        foreach (var role in StaffRoles.All.Where(r => r != StaffRole.Admin))
            if (string.Equals(role.Label(), name, StringComparison.OrdinalIgnoreCase) || string.Equals(role.Code(), name, StringComparison.OrdinalIgnoreCase))
                return role.Code();
        // "Pendamping Sosial/Peksos", "Koordinator/Kabid": the first part that names a role.
        foreach (var part in name.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (StaffRoles.TryParse(part, out var role) && role != StaffRole.Admin) return role.Code();
            if (RoleWords.TryGetValue(part, out var word)) return word.Code();
        }
        return null;
    }

    private static IEnumerable<string> Items(string cell) =>
        cell.Split(['\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(i => Enumerator().Replace(i, "").Trim()).Where(i => i.Length > 0);

    private static object? At(IDictionary<string, object?> row, string key) => row.TryGetValue(key, out var value) ? value : null;

    private static Dictionary<string, object?> Row(int width, params string[] cells) =>
        Enumerable.Range(0, width).ToDictionary(i => Letter(i), i => (object?)(i < cells.Length ? cells[i] : null));

    private static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + index / 26 - 1)}{(char)('A' + index % 26)}";

    private static string Raw(object? value) => value switch
    {
        null => "",
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value.ToString()!.Trim(),
    };

    private static string? Text(object? value) => Raw(value) is { Length: > 0 } t ? t.ToLowerInvariant() : null;

    private static string Slug(string? name) => name is null ? "sop-impor" : NonSlug().Replace(name.ToLowerInvariant(), "-").Trim('-') is { Length: > 0 } s ? s[..Math.Min(s.Length, 60)] : "sop-impor";

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static void Line(StringBuilder yaml, string indent, string key, string value) => yaml.AppendLine($"{indent}{key}: {Q(value)}");

    /// <summary>A YAML double-quoted scalar: every text from a cell is written as it was, colons and quotes included.</summary>
    private static string Q(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r", "").Replace("\n", "\\n").Replace("\t", "\\t") + "\"";

    [GeneratedRegex(@"\s*\(bila ada\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BilaAda();

    [GeneratedRegex(@"^([a-z]|\d{1,2})[.)]\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
