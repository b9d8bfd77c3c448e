using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Domain.Cases;

namespace Portal.Data.Postgres;

/// <summary>
/// The portal's model on PostgreSQL. A type of its own so that EF Core keeps this engine's migrations
/// (Data/Migrations/Postgres) apart from SQLite's — the documented pattern for one model on two providers — and
/// for the few indexes the two planners want differently. Everything else asks for <see cref="PortalDbContext"/>.
/// </summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The sweep's pick (docs/decisions/0013, 0014). PostgreSQL's planner takes "DueAt <= now" over all steps,
        // closed ones included, for its estimate, and sorted a bitmap scan of every open step (147 ms at 100,000
        // open cases); over a partial index ordered by the instant it reads only what fell due (under 1 ms).
        // SQLite's planner is the other way round, so its covering indexes stay as they are.
        var step = builder.Entity<CaseStep>();
        foreach (var name in new[] { "IX_CaseSteps_Unwarned", "IX_CaseSteps_Unflagged", "IX_CaseSteps_Unescalated" })
            step.Metadata.RemoveIndex(step.Metadata.FindIndex(name)!);
        step.HasIndex(s => s.WarnAt, "IX_CaseSteps_Unwarned").HasFilter("\"CompletedAt\" IS NULL AND \"WarnedAt\" IS NULL")
            .IncludeProperties(s => new { s.CaseId, s.OfficeId });
        step.HasIndex(s => s.DueAt, "IX_CaseSteps_Unflagged").HasFilter("\"CompletedAt\" IS NULL AND \"LateFlaggedAt\" IS NULL")
            .IncludeProperties(s => new { s.CaseId, s.OfficeId });
        step.HasIndex(s => s.EscalateAt, "IX_CaseSteps_Unescalated").HasFilter("\"CompletedAt\" IS NULL AND \"EscalatedAt\" IS NULL")
            .IncludeProperties(s => new { s.CaseId, s.OfficeId });
    }
}

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
