using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Portal.Domain.Documents;

namespace Portal.Documents;

/// <summary>What goes on the page, every field already filled.</summary>
public sealed record LetterContent(
    KopSurat Kop, byte[]? Logo, string Judul, string Nomor, string? Kepada, string? Perihal, IReadOnlyList<string> Paragraf,
    DateOnly Tanggal, string Jabatan, string? Nama, IReadOnlyList<string> Tembusan)
{
    public LetterPaper Kertas { get; init; } = LetterPaper.A4;

    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>"Tarakan, 24 November 2026", as the signature block opens.</summary>
    public string TempatTanggal => $"{Kop.Kota}, {Tanggal.ToString("d MMMM yyyy", Indonesian)}";
}

/// <summary>
/// Lays a letter out as Indonesian government letters are printed (tata naskah dinas): the kop with the logo and a
/// double rule, the title and number centred, the body, the signature block on the right, then the tembusan. A4 or F4.
/// </summary>
public static class LetterPdf
{
    private const double Left = 71, Right = 57, Top = 42, Bottom = 57; // 2.5 cm, 2 cm, 1.5 cm, 2 cm
    private const string Family = PdfSetup.Family;

    /// <summary>See <see cref="PdfSetup.UseLicense"/>.</summary>
    public static void UseLicense(string? commercialKey) => PdfSetup.UseLicense(commercialKey);

    public static bool IsPngOrJpeg(byte[] bytes) =>
        bytes.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }) || bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xD8, 0xFF });

    public static byte[] Render(LetterContent letter)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"{letter.Judul} {letter.Nomor}";
        document.Info.Creator = "DinsosPortal";
        var writer = new PageWriter(document, letter.Kertas);

        writer.Kop(letter.Kop, letter.Logo);
        writer.Centered(letter.Judul.ToUpper(LetterContent.Indonesian), Font(12, bold: true), underline: true);
        writer.Centered($"Nomor: {letter.Nomor}", Font(11));
        writer.Space(14);
        if (letter.Kepada is { } kepada)
        {
            writer.Paragraph("Kepada", Font(11));
            foreach (var line in kepada.Split('\n')) writer.Paragraph(line.Trim(), Font(11));
            writer.Space(8);
        }
        if (letter.Perihal is { } perihal)
        {
            writer.Paragraph($"Perihal: {perihal}", Font(11, bold: true));
            writer.Space(8);
        }
        foreach (var paragraph in letter.Paragraf)
        {
            writer.Paragraph(paragraph, Font(11));
            writer.Space(8);
        }
        writer.Signature(letter.TempatTanggal, letter.Jabatan, letter.Nama);
        if (letter.Tembusan.Count > 0)
        {
            writer.Space(14);
            writer.Paragraph("Tembusan:", Font(10, bold: true));
            for (var i = 0; i < letter.Tembusan.Count; i++) writer.Paragraph($"{i + 1}. {letter.Tembusan[i]}", Font(10));
        }
        writer.Finish();

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static XFont Font(double size, bool bold = false) => new(Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    /// <summary>Writes lines down the page, starting a new page when one is full.</summary>
    private sealed class PageWriter(PdfDocument document, LetterPaper paper)
    {
        private PdfPage _page = default!;
        private XGraphics _gfx = default!;
        private double _y;

        private double Width => _page.Width.Point - Left - Right;

        private void NewPage()
        {
            _gfx?.Dispose();
            _page = document.AddPage();
            if (paper == LetterPaper.F4)
            {
                _page.Width = XUnit.FromMillimeter(215);
                _page.Height = XUnit.FromMillimeter(330);
            }
            else _page.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(_page);
            _y = Top;
        }

        private void Room(double height)
        {
            if (_gfx is null || _y + height > _page.Height.Point - Bottom) NewPage();
        }

        public void Kop(KopSurat kop, byte[]? logo)
        {
            NewPage();
            var start = _y;
            if (logo is not null)
            {
                using var image = XImage.FromStream(new MemoryStream(logo));
                _gfx.DrawImage(image, Left, _y, 64, 64 * image.PointHeight / Math.Max(1, image.PointWidth));
            }
            Centered(kop.Pemerintah.ToUpper(LetterContent.Indonesian), Font(13, bold: true));
            Centered(kop.Dinas.ToUpper(LetterContent.Indonesian), Font(14, bold: true));
            Centered(kop.Alamat, Font(9.5));
            if (kop.Kontak is { } kontak) Centered(kontak, Font(9.5));
            _y = Math.Max(_y, start + (logo is null ? 0 : 68)) + 4;
            _gfx.DrawLine(new XPen(XColors.Black, 2.2), Left, _y, Left + Width, _y);
            _gfx.DrawLine(new XPen(XColors.Black, 0.6), Left, _y + 3.2, Left + Width, _y + 3.2);
            _y += 20;
        }

        public void Centered(string text, XFont font, bool underline = false)
        {
            foreach (var line in Wrap(text, font, Width - 80))
            {
                var height = font.GetHeight();
                Room(height);
                var size = _gfx.MeasureString(line, font);
                var x = Left + (Width - size.Width) / 2;
                _gfx.DrawString(line, font, XBrushes.Black, new XPoint(x, _y + font.Size));
                if (underline) _gfx.DrawLine(new XPen(XColors.Black, 0.8), x, _y + font.Size + 2, x + size.Width, _y + font.Size + 2);
                _y += height;
            }
        }

        public void Paragraph(string text, XFont font, double indent = 0)
        {
            foreach (var line in Wrap(text, font, Width - indent))
            {
                var height = font.GetHeight() * 1.25;
                Room(height);
                _gfx.DrawString(line, font, XBrushes.Black, new XPoint(Left + indent, _y + font.Size));
                _y += height;
            }
        }

        public void Space(double points) => _y += points;

        public void Signature(string tempatTanggal, string jabatan, string? nama)
        {
            var font = Font(11);
            var indent = Width / 2;
            Room(140);
            _y += 10;
            Paragraph(tempatTanggal, font, indent);
            Paragraph(jabatan, font, indent);
            _y += 56; // room for the wet signature and the stamp
            Paragraph(nama ?? "(.......................................)", nama is null ? font : Font(11, bold: true), indent);
        }

        public void Finish() => _gfx?.Dispose();

        private IEnumerable<string> Wrap(string text, XFont font, double width)
        {
            Room(0);
            return PdfSetup.Lines(_gfx, text, font, width);
        }
    }
}
