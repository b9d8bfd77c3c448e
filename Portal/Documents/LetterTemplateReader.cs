using Portal.Domain.Documents;
using Portal.Domain.Sops;
using Portal.Sops;
using YamlDotNet.RepresentationModel;

namespace Portal.Documents;

/// <summary>Reads a letter template file (<c>seeds/&lt;kantor&gt;/surat/*.yaml</c>), placing every problem at its line and field.</summary>
public static class LetterTemplateReader
{
    public static (LetterTemplate? Template, IReadOnlyList<SeedFileError> Errors) Read(string file, string text)
    {
        var sink = new YamlSink(file);
        var m = sink.Root(text);
        if (m is null) return (null, sink.Errors);

        var kode = m.Text("kode", required: true) ?? "";
        if (kode.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(kode, "^[a-z0-9-]+$"))
            sink.Error("kode", $"kode '{kode}' hanya boleh huruf kecil, angka dan tanda hubung");
        var paragraphs = new List<string>();
        foreach (var (node, path) in m.Items("paragraf", required: true))
        {
            if (node is not YamlScalarNode { Value: { Length: > 0 } value })
            {
                sink.Error(node.Start, path, "paragraf harus berupa teks");
                continue;
            }
            foreach (var field in Unknown(value)) sink.Error(node.Start, path, UnknownField(field));
            paragraphs.Add(value.Trim());
        }
        var kepada = m.Text("kepada");
        var perihal = m.Text("perihal");
        foreach (var (key, value) in new[] { ("kepada", kepada), ("perihal", perihal) })
            foreach (var field in Unknown(value ?? "")) sink.Error(key, UnknownField(field));

        LetterSignatory signatory = new("", null);
        if (m.Map("penandatangan", required: true) is { } p)
        {
            StaffRole? role = null;
            if (p.Text("peran") is { } code)
            {
                if (StaffRoles.TryParse(code, out var r) && r != StaffRole.Admin) role = r;
                else p.Sink.Error($"{p.Path}.peran", $"peran '{code}' tidak dikenal; kosongkan untuk tanda tangan basah tanpa nama");
            }
            signatory = new(p.Text("jabatan", required: true) ?? "", role);
            p.RejectUnknownKeys();
        }
        var nik = m.Text("nik") ?? "tersamar";
        if (nik is not ("tersamar" or "lengkap")) sink.Error("nik", "nik harus 'tersamar' atau 'lengkap'");

        var paper = (m.Text("kertas") ?? "a4").ToUpperInvariant();
        if (paper is not ("A4" or "F4")) sink.Error("kertas", "kertas harus 'a4' atau 'f4'");

        var template = new LetterTemplate(kode, m.Text("judul", required: true) ?? "", m.Text("klasifikasi", required: true) ?? "",
            paragraphs, signatory, m.TextList("tembusan"))
        {
            Kepada = kepada, Perihal = perihal, NikLengkap = nik == "lengkap", Draf = m.Text("draf"),
            Kertas = paper == "F4" ? LetterPaper.F4 : LetterPaper.A4,
        };
        m.RejectUnknownKeys();
        return sink.Errors.Count > 0 ? (null, sink.Errors) : (template, sink.Errors);
    }

    private static IEnumerable<string> Unknown(string text) =>
        new LetterTemplate("", "", "", [text], new("", null), []).Fields.Where(f => !LetterFields.All.ContainsKey(f));

    private static string UnknownField(string field) =>
        $"kolom '{{{field}}}' tidak dikenal; gunakan salah satu: {string.Join(", ", LetterFields.All.Keys.Select(k => $"{{{k}}}"))}";
}
