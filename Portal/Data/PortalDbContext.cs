using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
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
/// with <c>IgnoreQueryFilters()</c>. On PostgreSQL the same model runs as <see cref="Postgres.PostgresPortalDbContext"/>,
/// which only owns that engine's migrations (docs/decisions/0014).
/// </summary>
public class PortalDbContext : IdentityDbContext<PortalUser>, IDataProtectionKeyContext
{
    public PortalDbContext(DbContextOptions<PortalDbContext> options) : base(options) { }

    protected PortalDbContext(DbContextOptions options) : base(options) { }

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
    public DbSet<Documents.LetterTemplateRevision> LetterTemplates => Set<Documents.LetterTemplateRevision>();
    public DbSet<Domain.Documents.IssuedLetter> Letters => Set<Domain.Documents.IssuedLetter>();
    public DbSet<Api.ApiKey> ApiKeys => Set<Api.ApiKey>();
    public DbSet<Api.ApiCall> ApiCalls => Set<Api.ApiCall>();
    public DbSet<Skm.SkmResponse> SkmResponses => Set<Skm.SkmResponse>();
    public DbSet<Domain.Complaints.Pengaduan> Pengaduan => Set<Domain.Complaints.Pengaduan>();
    /// <summary>The sign-in cookie keys, shared by every instance on one database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

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
        builder.Entity<RunningNumber>().HasQueryFilter(e => e.OfficeId == OfficeScope);
        builder.Entity<Documents.LetterTemplateRevision>().HasQueryFilter(e => e.OfficeId == OfficeScope);
        builder.Entity<Domain.Documents.IssuedLetter>().HasQueryFilter(e => e.OfficeId == OfficeScope);
        builder.Entity<Api.ApiKey>().HasQueryFilter(e => e.OfficeId == OfficeScope);
        builder.Entity<Api.ApiCall>().HasQueryFilter(e => e.OfficeId == OfficeScope);
        builder.Entity<Skm.SkmResponse>().HasQueryFilter(e => e.OfficeId == OfficeScope);
        builder.Entity<Domain.Complaints.Pengaduan>().HasQueryFilter(e => e.OfficeId == OfficeScope);
    }

    /// <summary>
    /// Every path that opens or closes a case (a page, a branch, the demo data, a test) saves through here: a new
    /// case gets its register number and a closed case's follow-up monev is queued, in the same transaction.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var detected = DetectChangesOnce();
        QueuePlannedMonev();
        var unnumbered = UnnumberedCases();
        if (unnumbered.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        await using var tx = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var registers = await RegistersAsync(unnumbered, cancellationToken);
        foreach (var kasus in unnumbered)
        {
            var (kode, year) = registers.Of(kasus);
            kasus.Register(new CaseNumber(kode, year, await RunningNumbers.NextAsync(this, kasus.OfficeId, CaseNumber.Series, year, cancellationToken)));
        }
        ChangeTracker.DetectChanges();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (tx is not null) await tx.CommitAsync(cancellationToken);
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var detected = DetectChangesOnce();
        QueuePlannedMonev();
        var unnumbered = UnnumberedCases();
        if (unnumbered.Count == 0) return base.SaveChanges(acceptAllChangesOnSuccess);

        using var tx = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var registers = Registers(Offices.AsNoTracking().Where(o => unnumbered.Select(c => c.OfficeId).Contains(o.Id)).ToList());
        foreach (var kasus in unnumbered)
        {
            var (kode, year) = registers.Of(kasus);
            kasus.Register(new CaseNumber(kode, year, RunningNumbers.Next(this, kasus.OfficeId, CaseNumber.Series, year)));
        }
        ChangeTracker.DetectChanges();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        tx?.Commit();
        return saved;
    }

    /// <summary>
    /// Looks for changes once per save: every look at the tracker (<c>Entries</c>, <c>HasChanges</c>) and the save itself
    /// would otherwise compare every tracked value again, which for the sweep's 100 cases was most of its save. A caller
    /// that switched automatic detection off has looked already.
    /// </summary>
    private AutoDetectionPaused DetectChangesOnce()
    {
        if (ChangeTracker.AutoDetectChangesEnabled) ChangeTracker.DetectChanges();
        return new AutoDetectionPaused(ChangeTracker);
    }

    private readonly struct AutoDetectionPaused : IDisposable
    {
        private readonly Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker _tracker;
        private readonly bool _was;

        public AutoDetectionPaused(Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker tracker)
        {
            _tracker = tracker;
            _was = tracker.AutoDetectChangesEnabled;
            tracker.AutoDetectChangesEnabled = false;
        }

        public void Dispose() => _tracker.AutoDetectChangesEnabled = _was;
    }

    private List<Case> UnnumberedCases() =>
        ChangeTracker.Entries<Case>().Where(e => e.State == EntityState.Added && e.Entity.Nomor.Length == 0)
            .Select(e => e.Entity).OrderBy(c => c.OpenedAt).ToList();

    /// <summary>The register code and time zone of every office the new cases belong to, read once per save.</summary>
    private async Task<OfficeRegisters> RegistersAsync(List<Case> cases, CancellationToken ct)
    {
        var ids = cases.Select(c => c.OfficeId).Distinct().ToList();
        return Registers(await Offices.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(ct));
    }

    private static OfficeRegisters Registers(List<Office> offices) =>
        new(offices.ToDictionary(o => o.Id, o => (o.KodeRegister, TimeZoneInfo.FindSystemTimeZoneById(o.TimeZoneId))));

    /// <summary>A case's register code, and the year it opened in its office's own time zone.</summary>
    private sealed record OfficeRegisters(Dictionary<int, (string Kode, TimeZoneInfo Zone)> ByOffice)
    {
        public (string Kode, int Year) Of(Case kasus)
        {
            var (kode, zone) = ByOffice[kasus.OfficeId];
            return (kode, TimeZoneInfo.ConvertTime(kasus.OpenedAt, zone).Year);
        }
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
