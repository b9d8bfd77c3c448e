using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Portal.Tests.Support;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// One portal instance as its own operating-system process (the built Portal.dll), in the Testing environment so its
/// clock can be moved: what a second server would run, and what <c>kill -9</c> can stop mid-work.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;
    private Process? _process;
    private readonly System.Text.StringBuilder _output = new();

    public PortalProcess(string name, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        Port = PostgresServer.FreePort();
        _environment = new(settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = Portal.Testing.ClockExtensions.Environment,
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}",
            ["Seed__DemoData"] = "true",
            ["Seed__DemoPassword"] = BrowserPortal.Password,
            ["Seeds__Directory"] = Repo.Seeds,
            ["Observability__Console"] = "false",
        };
    }

    public string Name { get; }
    public int Port { get; }
    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>What the process printed, for a failure message.</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    public bool IsRunning => _process is { HasExited: false };

    public async Task StartAsync()
    {
        if (IsRunning) return;
        _process?.Dispose();
        var start = new ProcessStartInfo("dotnet", $"\"{Repo.PortalDll}\"")
        {
            WorkingDirectory = Path.Combine(Repo.Root, "Portal"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in _environment) start.Environment[key] = value;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited) throw new InvalidOperationException($"Instans {Name} berhenti saat mulai ({_process.ExitCode}):\n{Output}");
            try
            {
                if ((await http.GetAsync("healthz/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"Instans {Name} tidak siap dalam 90 detik:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, what a crashed server does.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Moves this instance's clock and runs its sweep (the Testing environment's endpoint); returns what it marked.</summary>
    public async Task<HttpResponseMessage> MoveClockAsync(HttpClient http, DateTimeOffset to) =>
        await http.PostAsync(new Uri(Address, $"testing/clock?to={Uri.EscapeDataString(to.ToString("o"))}"), null);

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }
}
