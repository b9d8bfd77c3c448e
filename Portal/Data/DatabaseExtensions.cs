using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.Data.Postgres;

namespace Portal.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// The database of <c>Database:Provider</c> (SQLite by default, or PostgreSQL) from <c>ConnectionStrings:Portal</c>,
    /// one context per operation, migrated at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddPortalDatabase(this IHostApplicationBuilder builder)
    {
        var provider = DatabaseOptions.ProviderOf(builder.Configuration);
        var configured = builder.Configuration.GetConnectionString("Portal");
        if (string.IsNullOrWhiteSpace(configured))
            throw new ConfigurationProblem("ConnectionStrings:Portal belum diatur / is not set (mis. \"Data Source=data/portal.db\").");

        if (provider == DatabaseProvider.PostgreSql) AddPostgres(builder.Services, configured);
        else AddSqlite(builder, configured);
        builder.Services.AddHostedService<DatabaseMigration>();
        return builder;
    }

    private static void AddSqlite(IHostApplicationBuilder builder, string configured)
    {
        var connection = new SqliteConnectionStringBuilder(configured);
        if (!Path.IsPathRooted(connection.DataSource) && connection.DataSource != ":memory:")
            connection.DataSource = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, connection.DataSource));
        Directory.CreateDirectory(Path.GetDirectoryName(connection.DataSource)!);

        // A case loads with its steps, assignments and links: tens of rows, so one query beats several.
        builder.Services.AddDbContextFactory<PortalDbContext>(o => o.UseSqlite(connection.ToString(),
            sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)).AddInterceptors(new Observability.DbCommandTracing()));
    }

    private static void AddPostgres(IServiceCollection services, string configured)
    {
        PostgresDatabase.EnsureReachable(configured);
        services.AddDbContextFactory<PostgresPortalDbContext>(o => o.UseNpgsql(configured,
            pg => pg.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)).AddInterceptors(new Observability.DbCommandTracing()));
        services.AddSingleton<IDbContextFactory<PortalDbContext>>(sp => new AsPortalContext(sp.GetRequiredService<IDbContextFactory<PostgresPortalDbContext>>()));
        // Identity's stores and the key ring ask for a scoped context, as AddDbContextFactory gives on SQLite.
        services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
    }

    /// <summary>Every service asks for <see cref="PortalDbContext"/>; on PostgreSQL it gets the subtype that owns that engine's migrations.</summary>
    private sealed class AsPortalContext(IDbContextFactory<PostgresPortalDbContext> inner) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<PortalDbContext> CreateDbContextAsync(CancellationToken ct = default) => await inner.CreateDbContextAsync(ct);
    }

    private sealed class DatabaseMigration(IDbContextFactory<PortalDbContext> dbFactory) : IHostedService
    {
        public async Task StartAsync(CancellationToken ct)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            // Instances starting together take turns: EF Core holds a migration lock on both engines.
            await db.Database.MigrateAsync(ct);
            // WAL lets boards read while a colleague writes; the mode is kept in the file.
            if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}

/// <summary>
/// Before anything uses PostgreSQL: fails start-up in one line when the server does not answer, and creates the
/// portal's database when it does not exist yet. Hangfire's storage installs its schema the moment it is built,
/// before the migrations run, and would wait half a minute for a database the first migration was going to create.
/// </summary>
internal static class PostgresDatabase
{
    public static void EnsureReachable(string connectionString)
    {
        NpgsqlConnectionStringBuilder settings;
        try
        {
            settings = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ConfigurationProblem($"ConnectionStrings:Portal bukan string koneksi PostgreSQL / is not a PostgreSQL connection string: {ex.Message}", ex);
        }
        var maintenance = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = "postgres", Timeout = Math.Min(settings.Timeout, 10), Pooling = false };
        try
        {
            using var connection = new NpgsqlConnection(maintenance.ConnectionString);
            connection.Open();
            using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = settings.Database } } };
            if (exists.ExecuteScalar() is not null) return;
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{settings.Database!.Replace("\"", "\"\"")}\"", connection);
            create.ExecuteNonQuery();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance starting at the same moment created it.
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new ConfigurationProblem(
                $"ConnectionStrings:Portal: PostgreSQL di {settings.Host}:{settings.Port} (basis data {settings.Database}) tidak dapat dihubungi / cannot be reached: {ex.Message}", ex);
        }
    }
}
