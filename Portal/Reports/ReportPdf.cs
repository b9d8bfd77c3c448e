using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Portal.Documents;

namespace Portal.Reports;

/// <summary>
/// Prints report tables on A4 landscape: a heading, then each table with its note, the header row repeated on every
/// page it runs onto, text wrapped within its column and numbers right-aligned. Columns of width 0 are left out.
/// </summary>
public static class ReportPdf
{
    private const double Margin = 36, Pad = 3;

    public static byte[] Render(IReadOnlyList<string> heading, IReadOnlyList<ReportTable> tables, string footer)
    {
        using var document = new PdfDocument();
        document.Info.Title = heading.FirstOrDefault() ?? "Laporan";
        document.Info.Creator = "DinsosPortal";
        var writer = new Writer(document, footer);
        writer.Heading(heading);
        foreach (var table in tables) writer.Table(table);
        writer.Finish();
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static XFont Font(double size, bool bold = false) => new(PdfSetup.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    private sealed class Writer(PdfDocument document, string footer)
    {
        private PdfPage _page = default!;
        private XGraphics _gfx = default!;
        private double _y;
        private int _pages;

        private double Width => _page.Width.Point - 2 * Margin;
        private double Floor => _page.Height.Point - Margin - 14;

        private void NewPage()
        {
            _gfx?.Dispose();
            _page = document.AddPage();
            _page.Width = XUnit.FromMillimeter(297); // A4 landscape, set directly: no rotation for viewers to undo
            _page.Height = XUnit.FromMillimeter(210);
            _gfx = XGraphics.FromPdfPage(_page);
            _pages++;
            _gfx.DrawString($"{footer} · halaman {_pages}", Font(7), XBrushes.Gray, new XPoint(Margin, _page.Height.Point - Margin + 4));
            _y = Margin;
        }

        public void Heading(IReadOnlyList<string> lines)
        {
            NewPage();
            for (var i = 0; i < lines.Count; i++)
            {
                var font = Font(i == 0 ? 14 : 10.5, bold: i == 0);
                _gfx.DrawString(lines[i], font, XBrushes.Black, new XPoint(Margin, _y + font.Size));
                _y += font.GetHeight() + 2;
            }
            _y += 8;
        }

        public void Table(ReportTable table)
        {
            var shown = table.Shown;
            var weights = shown.Select(i => table.Widths.Count == 0 ? 1 : table.Widths[i]).ToList();
            var widths = weights.Select(w => w / weights.Sum() * Width).ToList();
            var header = shown.Select(i => table.Columns[i]).ToArray();

            if (_y + 80 > Floor) NewPage();
            _gfx.DrawString(table.Title, Font(11, bold: true), XBrushes.Black, new XPoint(Margin, _y + 11));
            _y += 17;
            if (table.Note is { } note)
            {
                foreach (var line in Wrap(note, Font(7.5), Width))
                {
                    _gfx.DrawString(line, Font(7.5), XBrushes.DimGray, new XPoint(Margin, _y + 7.5));
                    _y += 10;
                }
                _y += 2;
            }
            Row(header, widths, Font(7.5, bold: true), XBrushes.LightGray, numeric: _ => false);
            if (table.Rows.Count == 0) Row(["Tidak ada data pada bulan ini.", .. Enumerable.Repeat("", header.Length - 1)], widths, Font(7.5), null, _ => false);
            foreach (var (heading, rows) in table.Groups())
            {
                if (heading is not null)
                {
                    if (_y + 28 > Floor) PageWithHeader(header, widths);
                    Row([heading], [Width], Font(7.5, bold: true), XBrushes.WhiteSmoke, numeric: _ => false);
                }
                foreach (var row in rows)
                {
                    var cells = shown.Select(i => row[i]).ToList();
                    if (_y + 14 > Floor) PageWithHeader(header, widths);
                    Row(cells.Select(ReportTable.Text).ToArray(), widths, Font(7.5), null, numeric: c => cells[c] is int or double);
                }
            }
            _y += 14;
        }

        private void PageWithHeader(string[] header, IReadOnlyList<double> widths)
        {
            NewPage();
            Row(header, widths, Font(7.5, bold: true), XBrushes.LightGray, numeric: _ => false);
        }

        private void Row(string[] cells, IReadOnlyList<double> widths, XFont font, XBrush? fill, Func<int, bool> numeric)
        {
            var wrapped = cells.Select((c, i) => Wrap(c, font, widths[i] - 2 * Pad).ToList()).ToList();
            var height = wrapped.Max(w => Math.Max(1, w.Count)) * (font.Size + 2) + 2 * Pad;
            if (_y + height > Floor) NewPage();
            var x = Margin;
            for (var i = 0; i < cells.Length; i++)
            {
                var box = new XRect(x, _y, widths[i], height);
                if (fill is not null) _gfx.DrawRectangle(fill, box);
                _gfx.DrawRectangle(new XPen(XColors.Gray, 0.4), box);
                var lineY = _y + Pad + font.Size;
                foreach (var line in wrapped[i])
                {
                    var lineX = numeric(i) ? x + widths[i] - Pad - _gfx.MeasureString(line, font).Width : x + Pad;
                    _gfx.DrawString(line, font, XBrushes.Black, new XPoint(lineX, lineY));
                    lineY += font.Size + 2;
                }
                x += widths[i];
            }
            _y += height;
        }

        private IEnumerable<string> Wrap(string text, XFont font, double width) => PdfSetup.Lines(_gfx, text, font, width);

        public void Finish() => _gfx?.Dispose();
    }
}
