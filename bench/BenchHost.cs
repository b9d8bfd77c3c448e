using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal;
using Portal.Cases;
using Portal.Data;
using Portal.Deadlines;
using Portal.Identity;
using Portal.Live;
using Portal.Sops;

namespace Bench;

/// <summary>The portal's services over a fresh SQLite file, as the tests build them, at a fixed clock.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchHost(IHost host, string folder, FixedClock clock)
    {
        _host = host;
        Folder = folder;
        Clock = clock;
    }

    public string Folder { get; }
    public FixedClock Clock { get; }
    public IServiceProvider Services => _host.Services;
    public string Database => Path.Combine(Folder, "bench.db");

    public static async Task<BenchHost> StartAsync(DateTimeOffset now)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dinsosportal-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var clock = new FixedClock(now);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Benchmark", ContentRootPath = Repo.Root });
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(folder, "bench.db")}",
            ["Seeds:Directory"] = Path.Combine(Repo.Root, "seeds"),
            ["Attachments:Directory"] = Path.Combine(folder, "berkas"),
        });
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddPortalCore();
        var host = builder.Build();
        await host.StartAsync();
        return new BenchHost(host, folder, clock);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}

internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DinsosPortal.sln"))) return dir.FullName;
        throw new InvalidOperationException("Jalankan dari dalam repositori DinsosPortal.");
    }
}
