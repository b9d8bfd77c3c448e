using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// SQLite from <c>ConnectionStrings:Portal</c> (a relative file is placed under the content root),
    /// one context per operation, migrated and switched to WAL at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddPortalDatabase(this IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString("Portal");
        if (string.IsNullOrWhiteSpace(configured))
            throw new InvalidOperationException("ConnectionStrings:Portal belum diatur (mis. \"Data Source=data/portal.db\").");
        var connection = new SqliteConnectionStringBuilder(configured);
        if (!Path.IsPathRooted(connection.DataSource) && connection.DataSource != ":memory:")
            connection.DataSource = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, connection.DataSource));
        Directory.CreateDirectory(Path.GetDirectoryName(connection.DataSource)!);

        // A case loads with its steps, assignments and links: tens of rows, so one query beats several.
        builder.Services.AddDbContextFactory<PortalDbContext>(o => o.UseSqlite(connection.ToString(),
            sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)).AddInterceptors(new Observability.DbCommandTracing()));
        builder.Services.AddHostedService<DatabaseMigration>();
        return builder;
    }

    private sealed class DatabaseMigration(IDbContextFactory<PortalDbContext> dbFactory) : IHostedService
    {
        public async Task StartAsync(CancellationToken ct)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await db.Database.MigrateAsync(ct);
            // WAL lets boards read while a colleague writes; the mode is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
