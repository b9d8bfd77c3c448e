using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace Portal.Documents;

/// <summary>What every PDF the portal draws (letters, reports) needs once per process: the bundled font and a license.</summary>
public static class PdfSetup
{
    public const string Family = "DejaVu Serif";

    private static readonly Lock Gate = new();
    private static bool _licensed;

    static PdfSetup() => GlobalFontSettings.FontResolver = new BundledFonts();

    /// <summary>
    /// PDFsharp 6.5 renders nothing until a license is loaded: the office's commercial key when configured
    /// (Documents:PdfSharpLicense), otherwise the AGPL one (docs/decisions/0009-pdfsharp-license.md).
    /// </summary>
    public static void UseLicense(string? commercialKey)
    {
        lock (Gate)
        {
            if (_licensed) return;
            if (string.IsNullOrWhiteSpace(commercialKey)) PdfSharp.PdfSharpLicense.SetAgplLicense();
            else PdfSharp.PdfSharpLicense.LoadLicense(commercialKey);
            _licensed = true;
        }
    }

    /// <summary>Text broken into lines at spaces so each fits <paramref name="width"/>; a single longer word stays whole.</summary>
    public static IEnumerable<string> Lines(XGraphics gfx, string text, XFont font, double width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && gfx.MeasureString(candidate, font).Width > width)
            {
                yield return line;
                line = word;
            }
            else line = candidate;
        }
        if (line.Length > 0) yield return line;
    }

    /// <summary>DejaVu Serif, bundled (Bitstream Vera licence, in Fonts/): the server needs no installed fonts.</summary>
    private sealed class BundledFonts : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "DejaVuSerif-Bold" : "DejaVuSerif", mustSimulateBold: false, mustSimulateItalic: italic);

        public byte[]? GetFont(string faceName)
        {
            using var stream = typeof(PdfSetup).Assembly.GetManifestResourceStream($"Portal.Documents.Fonts.{faceName}.ttf");
            if (stream is null) return null;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
