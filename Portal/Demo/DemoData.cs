using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Clients;
using Portal.Domain.Sops;
using Portal.Identity;
using Portal.Offices;
using Portal.Sops;

namespace Portal.Demo;

public sealed class DemoOptions
{
    public const string Section = "Seed";
    public bool DemoData { get; set; }
    public string? DemoPassword { get; set; }
    /// <summary>Demo cases besides the demo users (off for a scenario that needs an empty office).</summary>
    public bool DemoCases { get; set; } = true;
}

public static class DemoDataExtensions
{
    /// <summary>Demo users and cases, when <c>Seed:DemoData</c> is on (the top-level appsettings.Development.json).</summary>
    public static IHostApplicationBuilder AddDemoData(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
        if (!options.DemoData) return builder;
        if (string.IsNullOrWhiteSpace(options.DemoPassword))
            throw new InvalidOperationException("Seed:DemoData aktif tetapi Seed:DemoPassword belum diatur.");
        builder.Services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        builder.Services.AddHostedService<DemoData>();
        return builder;
    }
}

/// <summary>
/// One user per role per office (<c>peksos.tarakan</c>…) and, for an office with no cases yet, a spread of
/// cases in every SOP: fresh, close to due, late, at the last step, and closed. Safe to run at every start.
/// </summary>
internal sealed class DemoData(
    IServiceScopeFactory scopes, IDbContextFactory<PortalDbContext> dbFactory, OfficeCalendars calendars,
    SopLibrary sopLibrary, Complaints.ComplaintRegister complaints, Complaints.ComplaintQueries complaintQueries, TimeProvider clock,
    IOptions<DemoOptions> options, ILogger<DemoData> log) : IHostedService
{
    public static string UserName(StaffRole role, string officeKode) =>
        $"{(role == StaffRole.PetugasShelter ? "shelter" : role.Code())}.{officeKode}";

    public async Task StartAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var offices = await db.Offices.AsNoTracking().Include(o => o.Seksi).ToListAsync(ct);
        foreach (var office in offices)
        {
            var users = await EnsureUsersAsync(office, ct);
            if (!options.Value.DemoCases || await db.Cases.IgnoreQueryFilters().AnyAsync(c => c.OfficeId == office.Id, ct)) continue;
            await SeedCasesAsync(office, users, ct);
            await SeedComplaintsAsync(users, ct);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    private async Task<Dictionary<StaffRole, Actor>> EnsureUsersAsync(Office office, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var actors = new Dictionary<StaffRole, Actor>();
        foreach (var role in StaffRoles.All)
        {
            var name = UserName(role, office.Kode);
            var user = await users.FindByNameAsync(name);
            if (user is null)
            {
                user = new PortalUser
                {
                    UserName = name,
                    FullName = DemoPeople.StaffName(role, office.Kode),
                    OfficeId = office.Id,
                    SeksiId = office.Seksi.FirstOrDefault()?.Id,
                    EmailConfirmed = true,
                };
                Check(await users.CreateAsync(user, options.Value.DemoPassword!), name);
                Check(await users.AddToRoleAsync(user, role.Code()), name);
            }
            actors[role] = new Actor(user.Id, user.FullName, role, office.Id);
        }
        return actors;
    }

    private async Task SeedCasesAsync(Office office, Dictionary<StaffRole, Actor> staff, CancellationToken ct)
    {
        var calendar = await calendars.ForOfficeAsync(office.Id, ct);
        var library = (await sopLibrary.CurrentAsync(office.Id, ct))
            .Where(s => s.Value.Definition.Jenis == SopDocumentKind.Sop)
            .ToDictionary(s => s.Key, s => new SopRevisionRef(s.Value.RevisionId, s.Value.Definition));
        var people = new DemoPeople(office.Kode, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var assignments = staff.Values.Where(a => a.Role != StaffRole.Admin)
            .Select(a => new CaseAssignment(a.Role, a.UserId, a.Name)).ToList();
        var now = clock.GetUtcNow();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        foreach (var sop in library.Values.Select(s => s.Definition).OrderBy(s => s.Kode))
        {
            var runner = new DemoCaseRunner(library[sop.Kode], library, calendar, staff, now);
            foreach (var scenario in DemoCaseRunner.Scenarios(sop))
            {
                var clients = Enumerable.Range(0, sop.Kode.Contains("anak") ? 3 : 1)
                    .Select(_ => people.NextClient(office.Id, clock)).ToList();
                db.Clients.AddRange(clients);
                var opening = new CaseOpening(office.Id, office.Seksi.FirstOrDefault()?.Id, clients.Select(c => c.Id).ToList(),
                    assignments, sop.Langkah[0].PihakLuar.Contains(PihakLuar.KelurahanRt) ? "Petugas Kelurahan Karang Anyar" : null);
                db.Cases.AddRange(runner.Run(opening, scenario));
            }
        }
        await db.SaveChangesAsync(ct);
        log.LogInformation("Data demo dibuat untuk {Office}", office.Kode);
    }

    /// <summary>For each Standar Pelayanan: a complaint answered, one being followed up, and one left past its time.</summary>
    private async Task SeedComplaintsAsync(Dictionary<StaffRole, Actor> staff, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (desk, koordinator) = (staff[StaffRole.Pengadministrasi], staff[StaffRole.Koordinator]);
        var standards = (await sopLibrary.CurrentAsync(desk.OfficeId, ct)).Values.Select(v => v.Definition).Where(d => d.Jenis == SopDocumentKind.StandarPelayanan);
        foreach (var sp in standards)
        {
            var answered = await complaints.RegisterAsync(desk, new(Domain.Complaints.SaluranPengaduan.Telepon, now.AddDays(-12), "Bapak Hendra", "0812 5500 1122", sp.Kode, null,
                "Anak saya menunggu lama di ruang tunggu tanpa penjelasan."), ct);
            await AsColleagueAsync(koordinator, answered, v => complaints.CloseAsync(koordinator, answered, v, "Pelapor ditelepon; alur layanan dijelaskan dan papan informasi dipasang di ruang tunggu.", ct), ct);
            var followed = await complaints.RegisterAsync(desk, new(Domain.Complaints.SaluranPengaduan.WhatsApp, now.AddDays(-2), null, null, sp.Kode, null,
                "Jadwal konseling berubah tanpa pemberitahuan."), ct);
            await AsColleagueAsync(koordinator, followed, v => complaints.FollowUpAsync(koordinator, followed, v, "Konselor diminta mengabari klien sehari sebelumnya.", ct), ct);
            await complaints.RegisterAsync(desk, new(Domain.Complaints.SaluranPengaduan.KotakSaran, now.AddDays(-10), null, null, sp.Kode, null,
                "Petugas loket kurang ramah pada hari Jumat."), ct);
        }
    }

    /// <summary>
    /// The demo complaints are back-dated, so the deadline timer may mark one between its registration and the next
    /// change, as a colleague would: the change is made on the version the complaint has now.
    /// </summary>
    private async Task AsColleagueAsync(Actor actor, Guid id, Func<int, Task> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var version = (await complaintQueries.DetailAsync(actor, id, ct))!.Version;
            try
            {
                await change(version);
                return;
            }
            catch (Domain.DomainRuleException) when (attempt < 3)
            {
            }
        }
    }

    private static void Check(IdentityResult result, string user)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Pengguna demo {user} gagal dibuat: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
