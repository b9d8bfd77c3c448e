using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Portal.Sops;

/// <summary>A problem in a seed or uploaded file, placed at its line and field.</summary>
public sealed record SeedFileError(string File, long Line, long Column, string Field, string Message)
{
    public override string ToString() => $"{File} baris {Line}, kolom {Column} ({Field}): {Message}";
}

/// <summary>Collects errors for one file and remembers where each field was written.</summary>
internal sealed class YamlSink(string file)
{
    private readonly Dictionary<string, Mark> _marks = [];

    public string File { get; } = file;
    public List<SeedFileError> Errors { get; } = [];
    /// <summary>What loads but the author should know (a printed number that repeats), placed like the errors.</summary>
    public List<SeedFileError> Warnings { get; } = [];

    public void Warn(string field, string message) => Warnings.Add(Locate(field, message));

    public void Remember(string path, Mark mark) => _marks.TryAdd(path, mark);

    public void Error(Mark mark, string field, string message) =>
        Errors.Add(new SeedFileError(File, mark.Line, mark.Column, field, message));

    /// <summary>Places a problem found after reading (e.g. by the domain validator) at the nearest field written.</summary>
    public void Error(string field, string message) => Errors.Add(Locate(field, message));

    /// <summary>The problem placed at the nearest field written: its line and column, or the file's start.</summary>
    public SeedFileError Locate(string field, string message)
    {
        var path = field;
        while (true)
        {
            if (_marks.TryGetValue(path, out var mark)) return new SeedFileError(File, mark.Line, mark.Column, field, message);
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0) return new SeedFileError(File, 1, 1, field, message);
            path = path[..cut];
        }
    }

    /// <summary>Parses the text into its root mapping, or records why it cannot.</summary>
    public YamlMap? Root(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                Errors.Add(new SeedFileError(File, 1, 1, "(berkas)", "berkas harus berisi satu dokumen YAML berupa pasangan kunci: nilai"));
                return null;
            }
            return new YamlMap(root, "", this);
        }
        catch (YamlException e)
        {
            Error(e.Start, "(sintaks YAML)", e.InnerException?.Message ?? e.Message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up on some unclosed brackets without a position; report where parsing stopped.
            Error(LastGoodMark(text), "(sintaks YAML)", "struktur YAML tidak lengkap: periksa kurung '[' '{' atau tanda kutip yang belum ditutup");
            return null;
        }
    }

    private static Mark LastGoodMark(string text)
    {
        var parser = new Parser(new StringReader(text));
        var mark = Mark.Empty;
        try
        {
            while (parser.MoveNext()) mark = parser.Current!.End;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
        }
        return mark;
    }
}

/// <summary>
/// A YAML mapping read field by field. Every field read is remembered with its line; keys never read are
/// reported as unknown, so nothing an administrator wrote is silently ignored.
/// </summary>
internal sealed class YamlMap(YamlMappingNode node, string path, YamlSink sink)
{
    private readonly HashSet<string> _read = [];

    public Mark Start => node.Start;
    public string Path => path;
    public YamlSink Sink => sink;

    private string At(string key) => path.Length == 0 ? key : $"{path}.{key}";

    public YamlNode? Node(string key, bool required = false)
    {
        _read.Add(key);
        if (node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value))
        {
            sink.Remember(At(key), value.Start);
            return value;
        }
        if (required) sink.Error(node.Start, At(key), "wajib diisi");
        return null;
    }

    public string? Text(string key, bool required = false, int max = Domain.Sops.SopValidator.MaxTextLength)
    {
        var value = Node(key, required);
        if (value is null) return null;
        if (value is not YamlScalarNode scalar)
        {
            sink.Error(value.Start, At(key), "harus berupa teks, bukan daftar atau kelompok");
            return null;
        }
        var text = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required) sink.Error(value.Start, At(key), "wajib diisi");
            return null;
        }
        if (text.Length > max)
        {
            sink.Error(value.Start, At(key), $"terlalu panjang ({text.Length} karakter; paling banyak {max})");
            return null;
        }
        return text;
    }

    public int? Int(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        sink.Error(node.Children[new YamlScalarNode(key)].Start, At(key), $"'{text}' harus bilangan bulat");
        return null;
    }

    public bool Bool(string key)
    {
        var text = Text(key);
        if (text is null) return false;
        if (text is "ya" or "true") return true;
        if (text is "tidak" or "false") return false;
        sink.Error(node.Children[new YamlScalarNode(key)].Start, At(key), $"'{text}' harus ya atau tidak");
        return false;
    }

    public DateOnly? Date(string key)
    {
        var text = Text(key);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        sink.Error(node.Children[new YamlScalarNode(key)].Start, At(key), $"tanggal '{text}' harus ditulis TTTT-BB-HH, mis. 2025-10-22");
        return null;
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var value = Node(key, required);
        if (value is null) return null;
        if (value is YamlMappingNode m) return new YamlMap(m, At(key), sink);
        sink.Error(value.Start, At(key), "harus berupa kelompok kunci: nilai");
        return null;
    }

    /// <summary>The items of a list with their paths (<c>key[1]</c>, <c>key[2]</c>…).</summary>
    public IReadOnlyList<(YamlNode Node, string Path)> Items(string key, bool required = false)
    {
        var value = Node(key, required);
        if (value is null) return [];
        if (value is not YamlSequenceNode seq)
        {
            sink.Error(value.Start, At(key), "harus berupa daftar (baris yang diawali '- ')");
            return [];
        }
        var items = seq.Children.Select((n, i) => (n, $"{At(key)}[{i + 1}]")).ToList();
        foreach (var (n, p) in items) sink.Remember(p, n.Start);
        return items;
    }

    public IReadOnlyList<string> TextList(string key, bool required = false)
    {
        var list = new List<string>();
        foreach (var (item, p) in Items(key, required))
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } v } && v.Trim().Length <= Domain.Sops.SopValidator.MaxTextLength) list.Add(v.Trim());
            else sink.Error(item.Start, p, "harus berupa teks yang tidak kosong dan tidak terlalu panjang");
        }
        return list;
    }

    public IReadOnlyList<YamlMap> MapList(string key, bool required = false)
    {
        var list = new List<YamlMap>();
        foreach (var (item, p) in Items(key, required))
        {
            if (item is YamlMappingNode m) list.Add(new YamlMap(m, p, sink));
            else sink.Error(item.Start, p, "harus berupa kelompok kunci: nilai");
        }
        return list;
    }

    public static YamlMap? AsMap(YamlNode item, string path, YamlSink sink) =>
        item is YamlMappingNode m ? new YamlMap(m, path, sink) : null;

    /// <summary>Reports every key of this mapping that no reader asked for.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var (key, _) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (!_read.Contains(name))
                sink.Error(key.Start, At(name), $"kunci '{name}' tidak dikenal (periksa ejaannya; lihat seeds/README.md)");
        }
    }

    private static bool IsNull(YamlNode n) =>
        n is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" };
}
