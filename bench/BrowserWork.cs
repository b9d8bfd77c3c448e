using System.Globalization;

namespace Bench;

/// <summary>
/// What the tabs' redraws cost whatever draws them (Chromium's processes, or the jsdom driver's): CPU time per tab
/// redraw. One redraw is cheap for a PC that shows one tab; on the bench machine, 200 tabs ask it of the two cores
/// the portal runs on, and this says whether they fit.
/// </summary>
internal static class BrowserWork
{
    public readonly record struct Totals(double CpuMs, long Redraws)
    {
        public static Totals operator -(Totals a, Totals b) => new(a.CpuMs - b.CpuMs, a.Redraws - b.Redraws);

        public double PerRedraw => Redraws == 0 ? double.NaN : CpuMs / Redraws;
    }

    /// <summary>The driver's CPU so far, and the events the tabs have marked drawn so far (each a redraw).</summary>
    public static async Task<Totals> TakeAsync(IBenchTabs tabs) =>
        new(await tabs.CpuMsAsync(), (await tabs.TimesAsync()).Sum(t => (long)t.Count));
}

/// <summary>CPU time of every process whose command line names a program, from /proc.</summary>
internal static class ProcessCpu
{
    public static double Ms(string program)
    {
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _)) continue;
            try
            {
                if (!File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(program, StringComparison.Ordinal)) continue;
                // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
                var fields = File.ReadAllText(Path.Combine(dir, "stat")).Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // A process that ended while we looked.
            }
        }
        return ticks * 10.0; // USER_HZ is 100 on Linux
    }
}
