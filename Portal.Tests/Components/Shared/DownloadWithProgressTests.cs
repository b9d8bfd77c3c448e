using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components;
using Portal.Components.Shared;

namespace Portal.Tests.Components.Shared;

public class DownloadWithProgressTests
{
    [Fact]
    public async Task A_long_download_shows_how_far_it_has_come_and_stops_when_cancelled()
    {
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddPortalMudBlazor();
        var stopped = new TaskCompletionSource();
        async Task<byte[]> Produce(IProgress<double> progress, CancellationToken ct)
        {
            progress.Report(0.4);
            await using var _ = ct.Register(() => stopped.TrySetResult());
            await Task.Delay(Timeout.Infinite, ct);
            return [];
        }
        var download = ctx.Render<DownloadWithProgress>(p => p.Add(x => x.Label, "Unduh Excel").Add(x => x.FileName, "akses-nik.xlsx")
            .Add(x => x.Produce, Produce).Add(x => x.TestId, "unduh"));

        // Not awaited: the click's handler runs until the download ends.
        _ = download.Find("[data-testid=unduh]").ClickAsync(new());
        download.WaitForAssertion(() => Assert.Contains("40%", download.Markup));
        await download.Find("[data-testid=unduh-batal]").ClickAsync(new());

        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(10));
        download.WaitForAssertion(() => Assert.Equal("Unduhan dibatalkan.", download.Find("[data-testid=unduh-pesan]").TextContent));
        Assert.Empty(download.FindAll("[data-testid=unduh-kemajuan]"));
        Assert.DoesNotContain(ctx.JSInterop.Invocations, i => i.Identifier == "portalDownload");
    }

    [Fact]
    public async Task A_finished_download_is_handed_to_the_browser_under_its_name()
    {
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddPortalMudBlazor();
        var download = ctx.Render<DownloadWithProgress>(p => p.Add(x => x.Label, "Unduh Excel").Add(x => x.FileName, "akses-nik.xlsx")
            .Add(x => x.Produce, (_, _) => Task.FromResult(new byte[] { 1, 2, 3 })).Add(x => x.TestId, "unduh"));

        await download.Find("[data-testid=unduh]").ClickAsync(new());

        download.WaitForAssertion(() => Assert.Equal("Selesai: akses-nik.xlsx.", download.Find("[data-testid=unduh-pesan]").TextContent));
        var call = Assert.Single(ctx.JSInterop.Invocations, i => i.Identifier == "portalDownload");
        Assert.Equal("akses-nik.xlsx", call.Arguments[0]);
    }
}
