using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Tests.Support;

/// <summary>The whole portal on a real Kestrel port, with its SQLite file in a fresh (or given) folder.</summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder? _owned;
    private readonly string _environment;

    /// <param name="dataFolder">Share a database between hosts (restart tests); a fresh folder when null.</param>
    private readonly TimeProvider? _clock;

    private readonly IReadOnlyDictionary<string, string> _settings;

    private readonly Action<IServiceCollection>? _testServices;

    /// <param name="testServices">Services a test adds at the system's edge (a failing path, a log it reads).</param>
    public PortalFactory(string environment = "Development", string? dataFolder = null, TimeProvider? clock = null,
        IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? testServices = null)
    {
        _testServices = testServices;
        _environment = environment;
        _clock = clock;
        _settings = settings ?? new Dictionary<string, string>();
        if (dataFolder is null) _owned = Repo.TempFolder();
        DataFolder = dataFolder ?? Path.Combine(_owned!.Path, "data");
        UseKestrel(0);
    }

    public string DataFolder { get; }

    /// <summary>Starts the server if needed; the address Kestrel listens on.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First());
        }
    }

    /// <summary>The actor of a real user of this portal (for setting up a scene through the services).</summary>
    public async Task<Portal.Domain.Cases.Actor> ActorAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Portal.Identity.PortalUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"Tidak ada pengguna {userName}.");
        var role = (await users.GetRolesAsync(user)).Single();
        Portal.Domain.Sops.StaffRoles.TryParse(role, out var staffRole);
        return new Portal.Domain.Cases.Actor(user.Id, user.FullName, staffRole, user.OfficeId);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in TestDatabase.Settings(DataFolder)) builder.UseSetting(key, value);
        builder.UseSetting("Attachments:Directory", Path.Combine(DataFolder, "berkas"));
        builder.UseSetting("urls", "http://127.0.0.1:0");
        if (_clock is not null) builder.ConfigureTestServices(s => s.AddSingleton(_clock));
        if (_testServices is not null) builder.ConfigureTestServices(_testServices);
        // Development writes telemetry to the console; test output has no reader for it.
        builder.UseSetting("Observability:Console", "false");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_environment == Portal.Testing.ClockExtensions.Environment)
        {
            // Demo data with the password the browser tests sign in with, whatever the top-level settings say.
            builder.UseSetting("Seed:DemoData", "true");
            builder.UseSetting("Seed:DemoPassword", BrowserPortal.Password);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _owned?.Dispose();
    }
}
