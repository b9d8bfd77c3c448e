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

/// <summary>
/// The portal's services over a fresh SQLite file, or a fresh database on a throwaway PostgreSQL cluster, as the
/// tests build them, at a fixed clock.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchHost(IHost host, string folder, FixedClock clock, SeedTarget seeds)
    {
        _host = host;
        Folder = folder;
        Clock = clock;
        Seeds = seeds;
    }

    public string Folder { get; }
    public FixedClock Clock { get; }
    public IServiceProvider Services => _host.Services;
    /// <summary>Where <see cref="CaseSeeder"/> writes this host's rows.</summary>
    public SeedTarget Seeds { get; }

    public static async Task<BenchHost> StartAsync(DateTimeOffset now, bool postgres = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dinsosportal-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var clock = new FixedClock(now);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Benchmark", ContentRootPath = Repo.Root });
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        var seeds = postgres
            ? new SeedTarget(Portal.Tests.Support.PostgresServer.Shared.ConnectionString("bench_" + Guid.NewGuid().ToString("N")[..12]), Postgres: true)
            : new SeedTarget(Path.Combine(folder, "bench.db"), Postgres: false);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = postgres ? "postgresql" : "sqlite",
            ["ConnectionStrings:Portal"] = postgres ? seeds.Connection : $"Data Source={seeds.Connection}",
            ["Seeds:Directory"] = Path.Combine(Repo.Root, "seeds"),
            ["Attachments:Directory"] = Path.Combine(folder, "berkas"),
        });
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddPortalCore();
        var host = builder.Build();
        await host.StartAsync();
        return new BenchHost(host, folder, clock, seeds);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
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
