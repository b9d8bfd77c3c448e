namespace Bench;

/// <summary>What draws the fan-out bench's open pages: Debian's Chromium, or real circuits in jsdom (bench/circuits).</summary>
internal enum TabDriver { Chromium, Jsdom }

/// <summary>
/// The open pages of a fan-out run, each a real Blazor circuit whose DOM marks the office event it last drew
/// (<c>data-live-seq</c>), whatever draws them. Results are per tab, in <see cref="Kinds"/>' order.
/// </summary>
internal interface IBenchTabs : IAsyncDisposable
{
    /// <summary>Each tab's page path: <c>/papan</c>, <c>/</c> (Tugas Saya) or <c>/dasbor</c>.</summary>
    IReadOnlyList<string> Kinds { get; }

    /// <summary>Per tab, each event sequence number it drew and when (Unix ms, this machine's clock).</summary>
    Task<IReadOnlyList<IReadOnlyDictionary<long, long>>> TimesAsync();

    /// <summary>Per tab, the text of every element <paramref name="selector"/> finds.</summary>
    Task<IReadOnlyList<IReadOnlyList<string>>> TextsAsync(string selector);

    /// <summary>Per tab, "case:step" of every card <paramref name="selector"/> finds.</summary>
    Task<IReadOnlyList<IReadOnlyList<string>>> CardsAsync(string selector);

    /// <summary>The CPU time (ms) the driver's processes have spent so far.</summary>
    Task<double> CpuMsAsync();
}

internal static class BenchTabs
{
    /// <summary>A third each of the peksos's kanban and Tugas Saya and the kabid's dashboard.</summary>
    public static string PathOf(int i) => (i % 3) switch { 0 => "/papan", 1 => "/", _ => "/dasbor" };

    public static string UserOf(string path) => path == "/dasbor" ? "kabid.tarakan" : "peksos.tarakan";

    public static async Task<IBenchTabs> OpenAsync(TabDriver driver, string address, int count) => driver == TabDriver.Chromium
        ? await ChromiumTabs.OpenAsync(address, count)
        : await JsdomTabs.OpenAsync(address, count);
}
