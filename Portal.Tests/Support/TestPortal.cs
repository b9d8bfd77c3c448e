using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Portal.Cases;
using Portal.Data;
using Portal.Deadlines;
using Portal.Live;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Identity;
using Portal.Sops;

namespace Portal.Tests.Support;

/// <summary>
/// The portal's services without the web front: the same extension methods Program.cs calls, a real SQLite
/// file in a temporary folder, and start-up (migrations, seed loading) run for real.
/// </summary>
public sealed class TestPortal : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TempFolder _folder;

    private TestPortal(IHost host, TempFolder folder, ManualClock clock, string seeds, IReadOnlyList<ServiceDescriptor> registrations)
    {
        _host = host;
        Registrations = registrations;
        _folder = folder;
        Clock = clock;
        SeedsPath = seeds;
    }

    public ManualClock Clock { get; }
    public string SeedsPath { get; }
    /// <summary>The temporary folder holding this portal's files (attachments; the SQLite database on that engine).</summary>
    public string Folder => _folder.Path;
    public IServiceProvider Services => _host.Services;
    /// <summary>What <c>AddPortalCore()</c> registered, so component tests can offer every one of those services.</summary>
    public IReadOnlyList<ServiceDescriptor> Registrations { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <param name="ownSeeds">Copy the seeds so the test may change them.</param>
    public static async Task<TestPortal> StartAsync(DateTimeOffset? now = null, bool ownSeeds = false, TempFolder? folder = null)
    {
        folder ??= Repo.TempFolder();
        var seeds = ownSeeds ? folder.CopySeeds() : Repo.Seeds;
        var clock = new ManualClock(now ?? new DateTimeOffset(2025, 10, 27, 1, 0, 0, TimeSpan.Zero));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", ContentRootPath = Repo.Root });
        var settings = TestDatabase.Settings(folder.Path);
        settings["Seeds:Directory"] = seeds;
        settings["Attachments:Directory"] = Path.Combine(folder.Path, "berkas");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddPortalCore();
        var registrations = builder.Services.ToList();
        var host = builder.Build();
        await host.StartAsync();
        return new TestPortal(host, folder, clock, seeds, registrations);
    }

    /// <summary>A context scoped to one office, as a signed-in user's operations are.</summary>
    public async Task<PortalDbContext> DbAsync(int? officeId)
    {
        var db = await Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        db.OfficeScope = officeId;
        return db;
    }

    public async Task<int> OfficeIdAsync(string kode)
    {
        await using var db = await DbAsync(null);
        return await db.Offices.Where(o => o.Kode == kode).Select(o => o.Id).SingleAsync();
    }

    /// <summary>A staff actor of an office; <see cref="AddStaffAsync"/> makes them real accounts with the same ids.</summary>
    public async Task<Actor> ActorAsync(string officeKode, StaffRole role) =>
        new($"{role.Code()}.{officeKode}", $"{role.Label()} {officeKode}", role, await OfficeIdAsync(officeKode));

    /// <summary>One account per role per office, with id and user name <c>role.office</c> (e.g. <c>peksos.tarakan</c>).</summary>
    public async Task AddStaffAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PortalUser>>();
        foreach (var office in new[] { "tarakan", "lamandau" })
        {
            foreach (var role in StaffRoles.All)
            {
                var actor = await ActorAsync(office, role);
                var user = new PortalUser { Id = actor.UserId, UserName = actor.UserId, FullName = actor.Name, OfficeId = actor.OfficeId };
                var created = await users.CreateAsync(user, "Rahasia#2026");
                if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
                await users.AddToRoleAsync(user, role.Code());
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        _folder.Dispose();
    }
}

public static class TestPortalClients
{
    /// <summary>Registers a client of the office straight into the database.</summary>
    public static async Task<Guid> AddClientAsync(this TestPortal portal, int officeId, string nama = "Budi Santoso")
    {
        var client = Portal.Domain.Clients.Client.Register(officeId,
            new Portal.Domain.Clients.ClientDetails(nama, null, "Tidak memiliki KTP", null, Portal.Domain.Clients.Sex.LakiLaki, null, null, null, null),
            "test", portal.Clock);
        await using var db = await portal.DbAsync(officeId);
        db.Clients.Add(client);
        await db.SaveChangesAsync();
        return client.Id;
    }
}
