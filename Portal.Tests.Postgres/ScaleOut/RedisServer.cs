using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Tests.ScaleOut;

/// <summary>A throwaway Redis from Debian's <c>redis-server</c>: a free loopback port, nothing saved, gone with the test.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }
    public string Connection => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var port = Portal.Tests.Support.PostgresServer.FreePort();
        var process = Process.Start(new ProcessStartInfo("redis-server", $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no --dir {Path.GetTempPath()}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return new RedisServer(process, port);
            }
            catch (SocketException)
            {
                if (process.HasExited) throw new InvalidOperationException($"redis-server berhenti: {await process.StandardError.ReadToEndAsync()}");
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("redis-server tidak menjawab dalam 20 detik.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
