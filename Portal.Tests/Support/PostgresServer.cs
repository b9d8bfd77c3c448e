using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Portal.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's <c>postgresql</c> package: initdb into a temporary folder, started
/// on a free loopback port, stopped when the test process ends. As root (CI) it runs as the package's
/// <c>postgres</c> user, since PostgreSQL refuses to run as root.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> SharedServer = new(() => Start(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>One cluster for the whole test run; each portal gets a database of its own.</summary>
    public static PostgresServer Shared => SharedServer.Value;

    private readonly string _bin;
    private readonly string _data;

    private PostgresServer(string bin, string folder, int port)
    {
        _bin = bin;
        Folder = folder;
        _data = Path.Combine(folder, "data");
        Port = port;
    }

    public string Folder { get; }
    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Include Error Detail=true";

    /// <summary>A database name for a folder: a portal restarted on the same folder finds its data again.</summary>
    public static string DatabaseFor(string folder) =>
        "t_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(folder)))[..24];

    public static PostgresServer Start()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (bin is null) throw new InvalidOperationException("PostgreSQL tidak terpasang: apt-get install postgresql (Portal.Tests/install-prerequisites.sh memasangnya).");
        var folder = Path.Combine(Path.GetTempPath(), "dinsosportal-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var server = new PostgresServer(bin, folder, FreePort());
        server.Run("initdb", $"-D {server._data} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
        // Durability is not what these tests are about; speed is.
        server.Run("pg_ctl", $"-D {server._data} -l {Path.Combine(folder, "log")} -w -t 60 start " +
            $"-o \"-p {server.Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\"");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    public void Stop()
    {
        try { Run("pg_ctl", $"-D {_data} -m immediate stop"); } catch (InvalidOperationException) { }
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public async Task DropDatabaseAsync(string database)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private void Run(string tool, string arguments)
    {
        var asRoot = Environment.UserName == "root";
        if (asRoot) Chown(Folder);
        var start = asRoot
            ? new ProcessStartInfo("runuser", $"-u postgres -- {Path.Combine(_bin, tool)} {arguments}")
            : new ProcessStartInfo(Path.Combine(_bin, tool), arguments);
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        start.WorkingDirectory = Folder;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} gagal ({process.ExitCode}): {error}{output.Result}");
    }

    private static void Chown(string folder)
    {
        using var process = Process.Start("chown", $"-R postgres:postgres {folder}");
        process.WaitForExit();
    }

    /// <summary>A loopback port nobody listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
