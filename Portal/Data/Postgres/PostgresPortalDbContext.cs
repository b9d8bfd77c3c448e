using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Data.Postgres;

/// <summary>
/// The portal's model on PostgreSQL. A type of its own only so that EF Core keeps this engine's migrations
/// (Data/Migrations/Postgres) apart from SQLite's: the documented pattern for one model on two providers.
/// Everything else asks for <see cref="PortalDbContext"/>.
/// </summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options);

/// <summary>For <c>dotnet ef migrations add … --context PostgresPortalDbContext</c>: no server is contacted.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql("Host=localhost;Database=dinsosportal").Options);
}

/// <summary>For <c>dotnet ef migrations add … --context PortalDbContext</c>: SQLite's migrations, made without a database file.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
