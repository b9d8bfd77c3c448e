using System.Text.RegularExpressions;
using Portal.Domain.Sops;

namespace Portal.Domain.Documents;

public enum LetterPaper { A4, F4 }

/// <summary>Who signs: the holder of a role (name and NIP filled in), or a blank line for a wet signature.</summary>
public sealed record LetterSignatory(string Jabatan, StaffRole? Peran);

/// <summary>
/// A letter or form an SOP step produces (surat keterangan terlantar, kontrak pelayanan…), as an office writes it:
/// a title, paragraphs with fields from the case in braces (<c>{klien.nama}</c>), the signature block and tembusan.
/// </summary>
public sealed record LetterTemplate(
    string Kode,
    string Judul,
    string Klasifikasi,
    IReadOnlyList<string> Paragraf,
    LetterSignatory Penandatangan,
    IReadOnlyList<string> Tembusan)
{
    private static readonly Regex Placeholder = new(@"\{([a-z_.]+)\}", RegexOptions.Compiled);

    /// <summary>The addressee block ("Yth. Kepala Dinas Sosial Provinsi…"), for letters sent out; forms have none.</summary>
    public string? Kepada { get; init; }

    public string? Perihal { get; init; }

    /// <summary>Whether the client's NIK is printed in full (a referral the hospital must match) or masked.</summary>
    public bool NikLengkap { get; init; }

    /// <summary>The paper: A4, or F4 (215 × 330 mm, still common for Indonesian government letters).</summary>
    public LetterPaper Kertas { get; init; } = LetterPaper.A4;

    /// <summary>Set when the wording is drafted by the portal's authors, not taken from the office's own letter.</summary>
    public string? Draf { get; init; }

    /// <summary>Every field the template names, in order of first use.</summary>
    public IReadOnlyList<string> Fields =>
        new[] { Kepada, Perihal }.OfType<string>().Concat(Paragraf)
            .SelectMany(text => Placeholder.Matches(text).Select(m => m.Groups[1].Value)).Distinct().ToList();

    /// <summary>The text with each field replaced by its value.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder.Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
}

/// <summary>The fields a template may use, with what a person fixes when one is missing.</summary>
public static class LetterFields
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["klien.nama"] = "nama klien",
        ["klien.nik"] = "NIK klien",
        ["klien.jenis_kelamin"] = "jenis kelamin klien",
        ["klien.tanggal_lahir"] = "tanggal lahir klien",
        ["klien.umur"] = "tanggal lahir klien (untuk umur)",
        ["klien.alamat"] = "alamat klien",
        ["klien.daerah_asal"] = "daerah asal klien",
        ["klien.kontak_keluarga"] = "kontak keluarga klien",
        ["kasus.nomor"] = "nomor kasus",
        ["kasus.sop"] = "nama SOP kasus",
        ["kasus.tanggal_dibuka"] = "tanggal kasus dibuka",
        ["langkah.uraian"] = "langkah yang berjalan",
        ["petugas.nama"] = "nama petugas yang membuat surat",
        ["petugas.jabatan"] = "peran petugas yang membuat surat",
        ["pekerja_sosial.nama"] = "pekerja sosial yang ditugaskan pada kasus",
        ["kantor.nama"] = "nama kantor",
        ["kantor.alamat"] = "alamat kantor",
        ["kantor.kota"] = "kota kantor (kop surat)",
        ["tanggal"] = "tanggal surat",
    };
}
