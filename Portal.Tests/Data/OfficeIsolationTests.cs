using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Cases;
using Portal.Clients;
using Portal.Dashboard;
using Portal.Data;
using Portal.Deadlines;
using Portal.Domain.Cases;
using Portal.Domain.Clients;
using Portal.Domain.Sops;
using Portal.Identity;
using Portal.Notifications;
using Portal.Offices;
using Portal.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Data;

/// <summary>
/// Decision 0003 held to account: with two offices full of data, nothing office A's staff can read shows office B.
/// Every class that reads the database is listed here by kind, so a new one cannot slip past this test.
/// </summary>
public class OfficeIsolationTests
{
    /// <summary>Office-owned rows that are not filtered, and why.</summary>
    private static readonly Dictionary<Type, string> Unfiltered = new()
    {
        [typeof(PortalUser)] = "Identity finds a user by name at sign-in, before any office is known; staff lists filter by office explicitly.",
        [typeof(Seksi)] = "office configuration read by the seeder across offices; holds no client data.",
        [typeof(OfficeHoursWindow)] = "office configuration read by the seeder across offices; holds no client data.",
    };

    /// <summary>Services that only change data (they are tested through their reads elsewhere) or work across offices on purpose.</summary>
    private static readonly Type[] WritersAndCrossOffice =
    [
        typeof(CaseWorkflow), typeof(StaffAdministration), typeof(DeadlineSweep), typeof(SopLibrary), typeof(OfficeSeeder),
        typeof(OfficeCalendars), typeof(OfficeCalendarAdministration), typeof(SopCache), typeof(StaffClaimsFactory),
        typeof(Portal.Demo.DemoData), typeof(Portal.Live.BoardWebhooks), typeof(Portal.Skm.SkmSurveys), typeof(Portal.Complaints.ComplaintRegister),
        typeof(Portal.Deadlines.DeadlineTimer),
    ];

    /// <summary>Reads that live in a service which also writes.</summary>
    private static readonly (Type Type, string Method)[] ReadsInMixedServices =
    [
        (typeof(NotificationCenter), nameof(NotificationCenter.BellAsync)),
        (typeof(NotificationCenter), nameof(NotificationCenter.ListAsync)),
        (typeof(NotificationCenter), nameof(NotificationCenter.UnreadCountAsync)),
        (typeof(MonevService), nameof(MonevService.OpenForAsync)),
        (typeof(ClientRegistry), nameof(ClientRegistry.SearchAsync)),
        (typeof(ClientRegistry), nameof(ClientRegistry.LikelyDuplicatesAsync)),
        (typeof(StaffDirectory), nameof(StaffDirectory.ForOfficeAsync)),
        (typeof(AttachmentStore), nameof(AttachmentStore.ListAsync)),
        (typeof(AttachmentStore), nameof(AttachmentStore.OpenAsync)),
        (typeof(Portal.Documents.LetterTemplates), nameof(Portal.Documents.LetterTemplates.CurrentAsync)),
        (typeof(Portal.Documents.Letters), nameof(Portal.Documents.Letters.DraftAsync)),
        (typeof(Portal.Api.ApiKeys), nameof(Portal.Api.ApiKeys.ListAsync)),
    ];

    private const string SecretName = "Rahasia Lamandau Saja";

    [Fact]
    public void Every_office_owned_table_has_an_office_filter()
    {
        using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite("Data Source=:memory:").Options);
        var missing = db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.FindProperty("OfficeId") is not null && !Unfiltered.ContainsKey(t.ClrType))
            .Where(t => t.GetDeclaredQueryFilters().Count == 0)
            .Select(t => t.ClrType.Name).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_class_that_reads_the_database_is_checked_here()
    {
        var readers = typeof(CaseWorkflow).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(IDbContextFactory<PortalDbContext>))))
            .Where(t => !t.IsNested && !IsQueryClass(t) && !WritersAndCrossOffice.Contains(t) && ReadsInMixedServices.All(r => r.Type != t))
            .Select(t => t.Name).ToList();
        // A new class here: name it ...Queries (its public reads are then walked below), or list it above with its reads.
        Assert.Empty(readers);
    }

    [Fact]
    public async Task Nothing_office_A_reads_contains_office_B()
    {
        await using var portal = await TestPortal.StartAsync();
        await portal.AddStaffAsync();
        var b = await SeedLamandauAsync(portal);
        var tarakanCase = await OpenTarakanCaseAsync(portal);

        var tarakanId = await portal.OfficeIdAsync("tarakan");
        var markers = new[] { SecretName, b.CaseId.ToString(), b.AttachmentId.ToString(), "anak-terlantar", "LMD-", "/DINSOS/", "Nanga Bulik" };
        var calls = 0;
        foreach (var role in new[] { StaffRole.Pengadministrasi, StaffRole.Peksos, StaffRole.Kabid, StaffRole.Admin })
        {
            var actor = await portal.ActorAsync("tarakan", role);
            foreach (var (service, method) in Reads())
            {
                foreach (var guid in new[] { b.CaseId, b.AttachmentId, b.ClientId })
                {
                    var args = method.GetParameters().Select(p => Argument(p, actor, tarakanId, guid)).ToArray();
                    var result = await ResultOf(method.Invoke(portal.Services.GetRequiredService(service), args)!);
                    var json = JsonSerializer.Serialize(result, Json);
                    foreach (var marker in markers)
                        Assert.False(json.Contains(marker, StringComparison.OrdinalIgnoreCase), $"{service.Name}.{method.Name} as {role} shows '{marker}': {json[..Math.Min(400, json.Length)]}");
                    calls++;
                }
            }
        }
        Assert.True(calls > 40, $"only {calls} reads were tried");

        // Not vacuous: office A sees its own case, and its dashboard adds up only its own waiting time.
        var kabid = await portal.ActorAsync("tarakan", StaffRole.Kabid);
        Assert.Contains(await portal.Get<CaseQueries>().BoardAsync(kabid, null, null), c => c.CaseId == tarakanCase);
        var dashboard = await portal.Get<DashboardQueries>().LoadAsync(kabid, portal.Clock.GetUtcNow().AddDays(-30));
        Assert.Equal(TimeSpan.Zero, dashboard.WaitedInPeriod);
        var lamandauKabid = await portal.ActorAsync("lamandau", StaffRole.Kabid);
        Assert.Equal(TimeSpan.FromHours(2),
            (await portal.Get<DashboardQueries>().LoadAsync(lamandauKabid, portal.Clock.GetUtcNow().AddDays(-30))).WaitedInPeriod);
        var month = new Portal.Domain.Reports.ReportMonth(2025, 10);
        Assert.Equal(["anak-terlantar"], (await portal.Get<Portal.Reports.MonthlyReportQuery>().LoadAsync(lamandauKabid, month)).Kasus.Select(k => k.SopKode));

        // Every filtered table, read in office A's scope, holds only office A's rows.
        await using var db = await portal.DbAsync(tarakanId);
        Assert.All(await db.CaseSteps.Select(s => s.OfficeId).Distinct().ToListAsync(), o => Assert.Equal(tarakanId, o));
        Assert.All(await db.CaseEvents.Select(s => s.OfficeId).Distinct().ToListAsync(), o => Assert.Equal(tarakanId, o));
        Assert.False(await db.CaseSteps.AnyAsync(s => s.CaseId == b.CaseId));
        Assert.False(await db.CaseEvents.AnyAsync(e => e.CaseId == b.CaseId));
    }

    private static readonly JsonSerializerOptions Json = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles };

    private static bool IsQueryClass(Type t) => t.Name.EndsWith("Queries") || t.Name.EndsWith("Query");

    private static IEnumerable<(Type Service, MethodInfo Method)> Reads()
    {
        var queryMethods = typeof(CaseWorkflow).Assembly.GetTypes().Where(t => t.IsClass && !t.IsNested && IsQueryClass(t))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType)).Select(m => (t, m)));
        var mixed = ReadsInMixedServices.Select(r => (r.Type, r.Type.GetMethod(r.Method)!));
        return queryMethods.Concat(mixed);
    }

    private static object? Argument(ParameterInfo p, Actor actor, int officeId, Guid otherOfficesId) => p.ParameterType switch
    {
        var t when t == typeof(Actor) => actor,
        var t when t == typeof(int) && p.Name == "officeId" => officeId,
        var t when t == typeof(Guid) => otherOfficesId,
        var t when Nullable.GetUnderlyingType(t) is not null => null,
        _ when p.Name is "sopKode" or "seksiKode" => null,
        // The month TestPortal's clock starts in, when office B's case opens.
        var t when t == typeof(Portal.Domain.Reports.ReportMonth) => new Portal.Domain.Reports.ReportMonth(2025, 10),
        var t when t == typeof(string) => p.Name == "kode" ? "anak-terlantar" : SecretName,
        var t when t == typeof(DateTimeOffset) => DateTimeOffset.UnixEpoch,
        var t when t == typeof(CaseFilter) => new CaseFilter(),
        var t when t == typeof(TaskFilter) => new TaskFilter(),
        var t when t == typeof(int) && p.Name == "take" => CaseQueries.MaxCards,
        var t when t == typeof(NotificationFilter) => new NotificationFilter(),
        var t when t == typeof(NikAccessFilter) => new NikAccessFilter(),
        var t when t == typeof(Portal.Complaints.ComplaintFilter) => new Portal.Complaints.ComplaintFilter(),
        var t when t == typeof(DateOnly) => p.Name == "to" ? new DateOnly(2026, 12, 31) : new DateOnly(2025, 1, 1),
        var t when t == typeof(ClientDetails) => new ClientDetails(SecretName, null, "Tidak memiliki KTP", null, Sex.LakiLaki, null, null, null, null),
        var t when t == typeof(CancellationToken) => CancellationToken.None,
        var t when t == typeof(int) && p.Name == "year" => DateTime.UtcNow.Year,
        var t when t == typeof(int) && p.Name == "days" => 30,
        var t when t == typeof(string) && p.Name == "kode" => "berita-acara-serah-terima",
        _ when p.HasDefaultValue => p.DefaultValue,
        _ => throw new InvalidOperationException($"{p.Member.DeclaringType?.Name}.{p.Member.Name}: give parameter '{p.Name}' ({p.ParameterType.Name}) an argument here."),
    };

    private static async Task<object?> ResultOf(object task)
    {
        try
        {
            await (Task)task;
        }
        catch (Portal.Domain.DomainRuleException refused)
        {
            // A refusal is an answer too: its words must not name the other office's data either.
            return refused.Message;
        }
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }

    private sealed record Lamandau(Guid CaseId, Guid ClientId, Guid AttachmentId);

    /// <summary>Office B with everything a case leaves behind: steps, history, a finished wait, an attachment, a NIK reveal, notifications.</summary>
    private static async Task<Lamandau> SeedLamandauAsync(TestPortal portal)
    {
        var workflow = portal.Get<CaseWorkflow>();
        var admin = await portal.ActorAsync("lamandau", StaffRole.Pengadministrasi);
        var client = await portal.Get<ClientRegistry>().RegisterAsync(admin,
            new ClientDetails(SecretName, "6201010101100001", null, null, Sex.LakiLaki, new DateOnly(2010, 1, 1), null, "Nanga Bulik", null));
        var caseId = await workflow.OpenAsync(admin, "anak-terlantar", new CaseOpening(admin.OfficeId, null, [client], [], null));

        var kasus = (await portal.Get<CaseDetailQuery>().LoadAsync(admin, caseId))!;
        var step = kasus.Case.CurrentStep!;
        var def = kasus.Sop.Step(step.StepNo);
        var doer = await portal.ActorAsync("lamandau", def.Pelaksana[0]);
        await workflow.StartWaitingAsync(doer, caseId, kasus.Case.Version, step.Id, PihakLuar.Keluarga, "Menunggu keluarga datang");
        portal.Clock.Now += TimeSpan.FromHours(2);
        await workflow.ChangeAsync(doer, caseId, null, c =>
        {
            foreach (var k in def.Kelengkapan.Where(k => k.Wajib)) c.Case.TickKelengkapan(step.Id, k.Nama, true, doer, c.Sop, portal.Clock);
            c.Case.CompleteStep(step.Id, new StepCompletion("Selesai", def.Keputusan is null ? null : Jawaban.Ya, null), doer, c.Sop, c.Calendar, portal.Clock);
        });
        var attachment = await portal.Get<AttachmentStore>().SaveAsync(doer, caseId, "surat.pdf", new MemoryStream("%PDF-1.7 rahasia"u8.ToArray()), 16);
        var peksos = await portal.ActorAsync("lamandau", StaffRole.Peksos);
        await portal.Get<ClientRegistry>().RevealNikAsync(peksos, client, caseId);
        await portal.Get<Portal.Documents.Letters>().IssueAsync(peksos, caseId, "berita-acara-serah-terima");
        await portal.Get<Portal.Api.ApiKeys>().CreateAsync(await portal.ActorAsync("lamandau", StaffRole.Admin), SecretName);
        portal.Clock.Now += TimeSpan.FromDays(20);
        await portal.Get<DeadlineSweep>().RunAsync();
        return new Lamandau(caseId, client, attachment);
    }

    private static async Task<Guid> OpenTarakanCaseAsync(TestPortal portal)
    {
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        return await portal.Get<CaseWorkflow>().OpenAsync(admin, "pemulangan-orang-terlantar",
            new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
    }
}
