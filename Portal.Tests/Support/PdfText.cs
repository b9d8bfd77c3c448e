using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Portal.Tests.Support;

/// <summary>The text a PDF shows, as poppler's pdftotext reads it (installed before the tests by Portal.Tests/install-prerequisites.sh), whitespace collapsed.</summary>
public static class PdfText
{
    public static string Of(string path)
    {
        using var pdftotext = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", path, "-"]) { RedirectStandardOutput = true })!;
        var text = pdftotext.StandardOutput.ReadToEnd();
        pdftotext.WaitForExit();
        if (pdftotext.ExitCode != 0) throw new InvalidOperationException($"pdftotext gagal membaca {path} (kode {pdftotext.ExitCode}).");
        return Regex.Replace(text, @"\s+", " ");
    }

    public static string Of(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"laporan-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try { return Of(path); }
        finally { File.Delete(path); }
    }
}
