using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Portal.Tests.Support;

namespace Portal.Tests.Startup;

/// <summary>The built portal started as an operator would, with one setting wrong: one line naming it, no stack trace.</summary>
public class ConfigurationProblemTests
{
    [Fact]
    public async Task An_unknown_database_provider_stops_start_up_with_one_line_naming_the_setting()
    {
        var (exit, stderr) = await StartAsync(new() { ["Database__Provider"] = "oracle" });
        Assert.Equal(1, exit);
        Assert.Equal("Database:Provider \"oracle\" tidak dikenal / is unknown: pilih / choose \"sqlite\" atau / or \"postgresql\".", stderr.Trim());
    }

    [Fact]
    public async Task An_unreachable_postgresql_stops_start_up_with_one_line_naming_the_connection_string()
    {
        var port = PostgresServer.FreePort();
        var (exit, stderr) = await StartAsync(new()
        {
            ["Database__Provider"] = "postgresql",
            ["ConnectionStrings__Portal"] = $"Host=127.0.0.1;Port={port};Database=dinsosportal;Username=postgres;Timeout=3",
        });
        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"ConnectionStrings:Portal: PostgreSQL di 127.0.0.1:{port} (basis data dinsosportal) tidak dapat dihubungi / cannot be reached", line);
    }

    [Fact]
    public async Task An_unreachable_redis_stops_start_up_with_one_line_naming_the_setting()
    {
        var port = PostgresServer.FreePort();
        var (exit, stderr) = await StartAsync(new() { ["Redis__Connection"] = $"127.0.0.1:{port},connectTimeout=2000" });
        Assert.Equal(1, exit);
        Assert.Equal($"Redis:Connection: Redis di 127.0.0.1:{port} tidak dapat dihubungi / cannot be reached.", stderr.Trim());
    }

    private static async Task<(int Exit, string Stderr)> StartAsync(Dictionary<string, string> settings)
    {
        using var folder = Repo.TempFolder();
        var start = new ProcessStartInfo("dotnet", $"\"{Repo.PortalDll}\"")
        {
            WorkingDirectory = Path.Combine(Repo.Root, "Portal"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__Portal"] = $"Data Source={Path.Combine(folder.Path, "portal.db")}";
        foreach (var (key, value) in settings) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Portal tidak berhenti dalam 60 detik:\n{await stdout}");
        }
        var error = await stderr;
        Assert.DoesNotContain("   at ", error + await stdout);
        return (process.ExitCode, error);
    }
}
