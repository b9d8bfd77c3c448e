using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Domain.Cases;
using Portal.Domain.Clients;
using Portal.Identity;
using Portal.Offices;
using Portal.Sops;

namespace Portal.Data;

/// <summary>
/// The portal's database. Office-owned sets are filtered to <see cref="OfficeScope"/>: a context whose scope
/// is not set sees no office's data (fail closed). Work that spans offices (seed loading, sweeps) says so
/// with <c>IgnoreQueryFilters()</c>.
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : IdentityDbContext<PortalUser>(options)
{
    public int? OfficeScope { get; set; }

    public DbSet<Office> Offices => Set<Office>();
    public DbSet<Seksi> Seksi => Set<Seksi>();
    public DbSet<OfficeHoliday> Holidays => Set<OfficeHoliday>();
    public DbSet<OfficeHoursWindow> OfficeHours => Set<OfficeHoursWindow>();
    public DbSet<Sop> Sops => Set<Sop>();
    public DbSet<SopRevision> SopRevisions => Set<SopRevision>();
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseStep> CaseSteps => Set<CaseStep>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<Clients.ClientDataAccess> ClientDataAccess => Set<Clients.ClientDataAccess>();
    public DbSet<Cases.CaseAttachment> CaseAttachments => Set<Cases.CaseAttachment>();
    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();
    public DbSet<Deadlines.MonevTask> MonevTasks => Set<Deadlines.MonevTask>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite cannot compare DateTimeOffset; store UTC ticks so deadlines sort and filter in SQL.
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

        builder.Entity<Sop>().HasQueryFilter(e => e.OfficeId == OfficeScope);
        builder.Entity<SopRevision>().HasQueryFilter(e => e.OfficeId == OfficeScope);
        builder.Entity<Client>().HasQueryFilter(e => e.OfficeId == OfficeScope);
        builder.Entity<Case>().HasQueryFilter(e => e.OfficeId == OfficeScope);
        builder.Entity<CaseStep>().HasQueryFilter(e => e.OfficeId == OfficeScope);
        builder.Entity<CaseEvent>().HasQueryFilter(e => e.OfficeId == OfficeScope);
        builder.Entity<OfficeHoliday>().HasQueryFilter(e => e.OfficeId == OfficeScope);
        builder.Entity<Clients.ClientDataAccess>().HasQueryFilter(e => e.OfficeId == OfficeScope);
        builder.Entity<Cases.CaseAttachment>().HasQueryFilter(e => e.OfficeId == OfficeScope);
        builder.Entity<Notifications.Notification>().HasQueryFilter(e => e.OfficeId == OfficeScope);
        builder.Entity<Deadlines.MonevTask>().HasQueryFilter(e => e.OfficeId == OfficeScope);
    }

    /// <summary>
    /// Every path that closes a case (a page, the demo data, a test) saves through here, so the follow-up monev
    /// the case planned is queued in the same transaction as the closing.
    /// </summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        QueuePlannedMonev();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        QueuePlannedMonev();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void QueuePlannedMonev()
    {
        var planned = ChangeTracker.Entries<Case>().SelectMany(e => e.Entity.TakePlannedMonev()).ToList();
        MonevTasks.AddRange(planned.Select(Deadlines.MonevPlanner.FollowUp));
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));
}
