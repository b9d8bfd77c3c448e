namespace Portal.Tests.Support;

/// <summary>
/// The engine the portal's tests run on: SQLite in Portal.Tests, PostgreSQL in Portal.Tests.Postgres, which compiles
/// the same test files with POSTGRES defined. Everything a test host needs to point at its database is here.
/// </summary>
public static class TestDatabase
{
#if POSTGRES
    public static readonly bool IsPostgres = true;
#else
    public static readonly bool IsPostgres = false;
#endif

    /// <summary>The settings that put a portal's data in <paramref name="folder"/>: a file there, or a database named after it.</summary>
    public static Dictionary<string, string?> Settings(string folder)
    {
        if (!IsPostgres) return new() { ["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(folder, "portal.db")}" };
        return new()
        {
            ["Database:Provider"] = "postgresql",
            // Every test's database gets its own Npgsql pool, which lives on after its portal is disposed: idle
            // connections close after a few seconds instead of five minutes, or parallel tests run the shared
            // cluster out of connections ("too many clients"), and a test portal waits for one of 20, never opens 100.
            ["ConnectionStrings:Portal"] = PostgresServer.Shared.ConnectionString(PostgresServer.DatabaseFor(folder))
                + ";Maximum Pool Size=20;Connection Idle Lifetime=5;Connection Pruning Interval=1",
        };
    }

    /// <summary>Takes the portal's database away under a running portal: the file replaced by a directory, or the database dropped.</summary>
    public static async Task BreakAsync(string folder)
    {
        if (IsPostgres)
        {
            await PostgresServer.Shared.DropDatabaseAsync(PostgresServer.DatabaseFor(folder));
            return;
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = Path.Combine(folder, "portal.db");
        foreach (var f in new[] { file + "-wal", file + "-shm" }) File.Delete(f);
        // Overwritten, not deleted: a background job of the portal may open the path at any moment and would create a
        // fresh database where the file was gone; a file that is no database stays broken for every connection.
        await File.WriteAllBytesAsync(file, System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("bukan basis data ", 512))));
    }
}
