using System.Globalization;
using Portal.Domain.Calendar;
using Portal.Domain.Sops;
using Portal.Sops;
using YamlDotNet.RepresentationModel;

namespace Portal.Offices;

/// <summary>An office as described by its <c>kantor.yaml</c>.</summary>
public sealed record OfficeFile(
    string Kode,
    string Nama,
    string KodeRegister,
    string? Alamat,
    string? Provinsi,
    string TimeZoneId,
    string? KalenderFile,
    IReadOnlyList<(DayOfWeek Day, OfficeWindow Window)> JamKerja,
    IReadOnlyList<(string Kode, string Nama, string Bidang)> Seksi)
{
    public Portal.Domain.Documents.KopSurat? Kop { get; init; }
    /// <summary>The logo file named under kop, relative to the office folder.</summary>
    public string? KopLogoFile { get; init; }
    public string? PolaNomorSurat { get; init; }
    /// <summary>The office's own names for pelaksana columns and outside parties, which its SOP files may use.</summary>
    public OfficeVocabulary Kosakata { get; init; } = OfficeVocabulary.Empty;
}

public static class OfficeFileReader
{
    private static readonly Dictionary<string, DayOfWeek> Days = new()
    {
        ["senin"] = DayOfWeek.Monday,
        ["selasa"] = DayOfWeek.Tuesday,
        ["rabu"] = DayOfWeek.Wednesday,
        ["kamis"] = DayOfWeek.Thursday,
        ["jumat"] = DayOfWeek.Friday,
        ["sabtu"] = DayOfWeek.Saturday,
        ["minggu"] = DayOfWeek.Sunday,
    };

    public static (OfficeFile? Office, IReadOnlyList<SeedFileError> Errors) Read(string file, string text)
    {
        var sink = new YamlSink(file);
        var m = sink.Root(text);
        if (m is null) return (null, sink.Errors);

        var kode = m.Text("kode", required: true) ?? "";
        var nama = m.Text("nama", required: true) ?? "";
        var register = m.Text("kode_register") ?? DefaultRegisterCode(kode);
        if (!System.Text.RegularExpressions.Regex.IsMatch(register, "^[A-Z0-9]{2,8}$"))
            sink.Error("kode_register", $"kode register '{register}' harus 2–8 huruf besar atau angka, mis. TRK");
        var alamat = m.Text("alamat");
        var provinsi = m.Text("provinsi");
        var zone = m.Text("zona_waktu", required: true) ?? "";
        if (zone.Length > 0 && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            sink.Error("zona_waktu", $"zona waktu '{zone}' tidak dikenal; mis. Asia/Makassar (WITA) atau Asia/Pontianak (WIB)");
        var kalender = m.Text("kalender");

        var windows = new List<(DayOfWeek, OfficeWindow)>();
        if (m.Map("jam_kerja", required: true) is { } hours)
        {
            foreach (var (name, day) in Days)
            {
                foreach (var (node, path) in hours.Items(name))
                {
                    var window = ParseWindow((node as YamlScalarNode)?.Value);
                    if (window is null) sink.Error(node.Start, path, "jam kerja harus ditulis JJ:MM-JJ:MM, mis. 07:30-16:00");
                    else windows.Add((day, window));
                }
            }
            hours.RejectUnknownKeys();
        }
        try
        {
            _ = new OfficeHours(windows);
        }
        catch (ArgumentException e)
        {
            sink.Error("jam_kerja", e.Message);
        }

        Portal.Domain.Documents.KopSurat? kop = null;
        string? logo = null;
        if (m.Map("kop") is { } k)
        {
            kop = new(k.Text("pemerintah", required: true) ?? "", k.Text("dinas") ?? nama.ToUpperInvariant(), k.Text("alamat") ?? alamat ?? "",
                k.Text("kontak"), k.Text("kota", required: true) ?? "");
            logo = k.Text("logo");
            k.RejectUnknownKeys();
        }
        var pola = m.Text("pola_nomor_surat");
        if (pola is not null && Portal.Domain.Documents.NomorSurat.Problem(pola) is { } problem) sink.Error("pola_nomor_surat", problem);

        var seksi = m.MapList("seksi", required: true).Select(s =>
        {
            var item = (s.Text("kode", required: true) ?? "", s.Text("nama", required: true) ?? "", s.Text("bidang", required: true) ?? "");
            s.RejectUnknownKeys();
            return item;
        }).ToList();
        var kosakata = ReadVocabulary(m);
        m.RejectUnknownKeys();

        return sink.Errors.Count > 0
            ? (null, sink.Errors)
            : (new OfficeFile(kode, nama, register, alamat, provinsi, zone, kalender, windows, seksi)
            {
                Kop = kop, KopLogoFile = logo, PolaNomorSurat = pola, Kosakata = kosakata,
            }, sink.Errors);
    }

    /// <summary>
    /// <c>pelaksana</c>: the office's units and roles as its tables print them, each with the portal role whose users
    /// complete their steps; <c>pihak_luar</c>: outside parties beyond the portal's, each of a kind (or <c>lainnya</c>).
    /// </summary>
    private static OfficeVocabulary ReadVocabulary(YamlMap m)
    {
        var roles = new List<OfficeRoleName>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        bool Fresh(YamlMap item, string kode)
        {
            if (kode.Length == 0) return false;
            if (StaffRoles.TryParse(kode, out _) || PihakLuarNames.TryParse(kode, out _))
                m.Sink.Error($"{item.Path}.kode", $"kode '{kode}' sudah dipakai portal; pakai nama lain, mis. '{kode}-kantor'");
            else if (!taken.Add(kode)) m.Sink.Error($"{item.Path}.kode", $"kode '{kode}' ditulis dua kali");
            else return true;
            return false;
        }
        foreach (var r in m.MapList("pelaksana"))
        {
            var kode = r.Text("kode", required: true) ?? "";
            var nama = r.Text("nama", required: true) ?? "";
            // One role ("peran: peksos") or several ("peran: [peksos, pengadministrasi]").
            var codes = r.Node("peran") is YamlSequenceNode ? r.TextList("peran") : r.Text("peran", required: true) is { } one ? [one] : [];
            var peran = new List<StaffRole>();
            foreach (var code in codes)
            {
                if (StaffRoles.TryParse(code, out var role) && role != StaffRole.Admin) peran.Add(role);
                else m.Sink.Error($"{r.Path}.peran", $"peran '{code}' tidak dikenal; gunakan salah satu: " +
                    string.Join(", ", StaffRoles.All.Where(x => x != StaffRole.Admin).Select(x => x.Code())));
            }
            if (Fresh(r, kode) && peran.Count == codes.Count && peran.Count > 0) roles.Add(new(kode, nama, peran));
            r.RejectUnknownKeys();
        }
        var parties = new List<PihakRef>();
        foreach (var p in m.MapList("pihak_luar"))
        {
            var kode = p.Text("kode", required: true) ?? "";
            var nama = p.Text("nama", required: true) ?? "";
            var jenisText = p.Text("jenis") ?? "lainnya";
            var jenis = PihakLuar.Lainnya;
            var known = jenisText == "lainnya" || PihakLuarNames.TryParse(jenisText, out jenis);
            if (!known)
                m.Sink.Error($"{p.Path}.jenis", $"jenis '{jenisText}' tidak dikenal; gunakan salah satu: " +
                    string.Join(", ", Enum.GetValues<PihakLuar>().Select(x => x.Code())));
            if (Fresh(p, kode) && known) parties.Add(new(kode, nama, jenis));
            p.RejectUnknownKeys();
        }
        return new(roles, parties);
    }

    internal static OfficeWindow? ParseWindow(string? text)
    {
        var parts = text?.Split('-', StringSplitOptions.TrimEntries);
        if (parts is not { Length: 2 }) return null;
        if (!TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var open)) return null;
        if (!TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var close)) return null;
        return new OfficeWindow(open, close);
    }

    /// <summary>Where kantor.yaml names no register code: the first three letters of the office code, e.g. TAR.</summary>
    public static string DefaultRegisterCode(string kode)
    {
        var letters = new string(kode.Where(char.IsAsciiLetterOrDigit).Take(3).ToArray()).ToUpperInvariant();
        return letters.Length >= 2 ? letters : "KAS";
    }
}

/// <summary>Reads the national holiday list (<c>date,kind,name</c>; kind LN or CB).</summary>
public static class HolidayCsvReader
{
    public static (IReadOnlyList<Holiday> Holidays, IReadOnlyList<SeedFileError> Errors) Read(string file, string text)
    {
        var holidays = new List<Holiday>();
        var errors = new List<SeedFileError>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || (i == 0 && line.StartsWith("date", StringComparison.OrdinalIgnoreCase))) continue;
            var first = line.IndexOf(',');
            var second = first < 0 ? -1 : line.IndexOf(',', first + 1);
            if (second < 0)
            {
                errors.Add(new SeedFileError(file, i + 1, 1, "(baris)", "harus berisi tanggal,jenis,nama"));
                continue;
            }
            var dateText = line[..first];
            var kindText = line[(first + 1)..second];
            var name = line[(second + 1)..].Trim().Trim('"');
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add(new SeedFileError(file, i + 1, 1, "date", $"tanggal '{dateText}' harus TTTT-BB-HH"));
                continue;
            }
            HolidayKind? kind = kindText switch { "LN" => HolidayKind.LiburNasional, "CB" => HolidayKind.CutiBersama, "LD" => HolidayKind.LiburDaerah, _ => null };
            if (kind is null)
            {
                errors.Add(new SeedFileError(file, i + 1, first + 2, "kind", $"jenis '{kindText}' harus LN, CB atau LD"));
                continue;
            }
            if (name.Length == 0)
            {
                errors.Add(new SeedFileError(file, i + 1, second + 2, "name", "nama hari libur wajib diisi"));
                continue;
            }
            holidays.Add(new Holiday(date, kind.Value, name));
        }
        return (holidays, errors);
    }
}
