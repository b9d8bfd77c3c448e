using System.Net;
using System.Net.Http.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Data.Postgres;
using Portal.Deadlines;
using Portal.Domain.Cases;
using Portal.Live;
using Portal.Tests.Support;

namespace Portal.Tests.ScaleOut;

/// <summary>
/// Two portal processes on one PostgreSQL database and one Redis, as <c>scripts/scale-out-demo</c> runs them: each
/// with its own Hangfire server, deadline timer and movable Testing clock.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public RedisServer Redis { get; private set; } = default!;
    public PortalProcess A { get; private set; } = default!;
    public PortalProcess B { get; private set; } = default!;
    public string Database { get; } = "scale_" + Guid.NewGuid().ToString("N")[..12];
    public string ConnectionString => PostgresServer.Shared.ConnectionString(Database);
    private readonly TempFolder _files = Repo.TempFolder();

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "postgresql",
            ["ConnectionStrings__Portal"] = ConnectionString,
            ["Redis__Connection"] = Redis.Connection,
            ["Attachments__Directory"] = Path.Combine(_files.Path, "berkas"),
        };
        A = new PortalProcess("A", settings);
        B = new PortalProcess("B", settings);
        // A first: it migrates and writes the demo data; B finds both there.
        await A.StartAsync();
        await B.StartAsync();
    }

    public PostgresPortalDbContext Db() =>
        new(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql(ConnectionString).Options);

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Redis.DisposeAsync();
        await PostgresServer.Shared.DropDatabaseAsync(Database);
        _files.Dispose();
    }
}

public class TwoInstancesTests(TwoInstances portals) : IClassFixture<TwoInstances>, IAsyncLifetime
{
    // Whatever a test before did to B (the kill test), each test starts with both instances up.
    public Task InitializeAsync() => portals.B.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_board_open_on_A_moves_within_a_second_when_a_peksos_completes_a_step_on_B_and_As_hub_client_hears_it()
    {
        var (hub, heard) = await ConnectHubAsync(portals.A, "kabid.tarakan");
        await using var _ = hub;
        await using var playwright = new BrowserSession();
        var board = await playwright.SignedInPageAsync(portals.A, "kabid.tarakan");
        var peksos = await playwright.SignedInPageAsync(portals.B, "peksos.tarakan");
        await BrowserPortal.ScenarioAsync(board, "dua-instans", async () =>
        {
            await board.GotoAsync("papan");
            await BrowserPortal.WaitInteractiveAsync(board);
            await board.Locator("[data-testid=papan-sop]").SelectOptionAsync(new SelectOptionValue { Label = "Koordinasi terhadap Pekerja Migran Bermasalah Sosial (PMBS)" });
            await Assertions.Expect(board.Locator("[data-testid=kolom-2] [data-testid=kartu]").First).ToBeVisibleAsync();

            // On B, the peksos completes a PMBS step 2 (it needs no kelengkapan).
            await peksos.GotoAsync("kasus?terlambat=true");
            await BrowserPortal.WaitInteractiveAsync(peksos);
            var row = peksos.Locator("[data-testid=daftar-kasus] tbody tr", new() { HasText = "Mendampingi klien ke kantor Dinas Perindustrian" }).First;
            var caseId = (await row.Locator("a").GetAttributeAsync("href"))!.Split('/')[^1];
            await Assertions.Expect(board.Locator($"[data-testid=kolom-2] [data-kasus='{caseId}']")).ToBeVisibleAsync();
            await row.Locator("a").ClickAsync();
            await Assertions.Expect(peksos.Locator("[data-testid=selesaikan]")).ToBeEnabledAsync();
            await peksos.ClickAsync("[data-testid=selesaikan]");
            await Assertions.Expect(peksos.Locator("[data-testid=langkah-berjalan]")).ToContainTextAsync("Langkah 3:");

            // Saved on B by now: A's board has one second to show it, through Redis, without a reload.
            var second = new LocatorAssertionsToBeVisibleOptions { Timeout = 1_000 };
            await Assertions.Expect(board.Locator($"[data-testid=kolom-3] [data-kasus='{caseId}']")).ToBeVisibleAsync(second);
            await Assertions.Expect(board.Locator($"[data-testid=kolom-2] [data-kasus='{caseId}']")).ToHaveCountAsync(0, new() { Timeout = 1_000 });
            Assert.StartsWith(portals.A.Address.ToString(), board.Url);

            // A hub client connected to A hears what happened on B.
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (true)
            {
                var message = await heard.Reader.ReadAsync(wait.Token);
                if (message.StartsWith(caseId, StringComparison.Ordinal)) break;
            }
        });
    }

    [Fact]
    public async Task A_sign_in_cookie_issued_by_A_is_accepted_by_B()
    {
        var cookies = new CookieContainer();
        using var onA = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = portals.A.Address };
        Assert.Equal(HttpStatusCode.Redirect, (await onA.SignInAsync("kabid.tarakan", BrowserPortal.Password)).StatusCode);
        var cookie = cookies.GetCookies(portals.A.Address)["dinsosportal"];
        Assert.NotNull(cookie);

        var onB = new CookieContainer();
        onB.Add(portals.B.Address, new System.Net.Cookie(cookie.Name, cookie.Value));
        using var b = new HttpClient(new HttpClientHandler { CookieContainer = onB, AllowAutoRedirect = false }) { BaseAddress = portals.B.Address };
        var page = await b.GetAsync("dasbor");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        // The same request without the cookie is sent to sign in: the 200 above is the cookie's doing.
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = portals.B.Address };
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("dasbor")).StatusCode);
    }

    [Fact]
    public async Task Both_instances_sweeping_over_three_minutes_of_moved_clock_flag_each_due_step_exactly_once()
    {
        using var http = new HttpClient();
        var start = DateTimeOffset.UtcNow.AddDays(3);
        for (var minute = 0; minute <= 3; minute++)
        {
            var to = start.AddMinutes(minute);
            // Both clocks move together and both sweeps run at once, beside both timers and both Hangfire servers.
            var moves = await Task.WhenAll(portals.A.MoveClockAsync(http, to), portals.B.MoveClockAsync(http, to));
            Assert.All(moves, m => Assert.Equal(HttpStatusCode.OK, m.StatusCode));
        }
        var lastMinute = start.AddMinutes(3);
        await AssertEachDueStepFlaggedOnceAsync(http, lastMinute);
    }

    [Fact]
    public async Task B_killed_mid_sweep_leaves_A_serving_and_B_rejoins_with_nothing_lost_or_doubled()
    {
        using var http = new HttpClient();
        var to = DateTimeOffset.UtcNow.AddDays(10);
        // B is kept busy moving its clock an hour at a time (a sweep each), and dies in the middle of it.
        var busy = Task.Run(async () =>
        {
            for (var hour = 1; ; hour++) (await portals.B.MoveClockAsync(http, DateTimeOffset.UtcNow.AddDays(3).AddHours(hour))).EnsureSuccessStatusCode();
        });
        await Task.Delay(400);
        Assert.False(busy.IsCompleted);
        await portals.B.KillAsync();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => busy);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(portals.A.Address, "healthz/ready"))).StatusCode);
        using var onA = await StaffHttpClient.SignedInAsync(portals.A.Address, "kabid.tarakan");
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("dasbor")).StatusCode);

        await portals.B.StartAsync();
        var moves = await Task.WhenAll(portals.A.MoveClockAsync(http, to), portals.B.MoveClockAsync(http, to));
        Assert.All(moves, m => Assert.Equal(HttpStatusCode.OK, m.StatusCode));
        await AssertEachDueStepFlaggedOnceAsync(http, to);

        // Rejoined: the next thing A's sweep marks (a month at a time: the Standar Pelayanan's evaluation monev comes
        // every three months) reaches a hub client of the restarted B.
        // Whichever office's thing comes first: a kabid of each listens.
        var (tarakanHub, tarakanHeard) = await ConnectHubAsync(portals.B, "kabid.tarakan");
        var (lamandauHub, lamandauHeard) = await ConnectHubAsync(portals.B, "kabid.lamandau");
        await using var _ = tarakanHub;
        await using var __ = lamandauHub;
        var later = to;
        for (var month = 1; month <= 12; month++)
        {
            later = to.AddDays(30 * month);
            var marked = (await (await portals.A.MoveClockAsync(http, later)).Content.ReadFromJsonAsync<SweepResult>())!;
            if (marked.Late + marked.Warned + marked.Escalated + marked.MonevReminded + marked.MonevMissed > 0) break;
            Assert.NotEqual(12, month);
        }
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var first = await Task.WhenAny(tarakanHeard.Reader.ReadAsync(wait.Token).AsTask(), lamandauHeard.Reader.ReadAsync(wait.Token).AsTask());
        Assert.NotNull(await first);
        await AssertEachDueStepFlaggedOnceAsync(http, later);
    }

    /// <summary>
    /// Nothing doubled: one Terlambat event per flagged step, and no step flagged twice. Nothing lost: a further sweep
    /// at the same instant on either instance finds nothing left to flag.
    /// </summary>
    private async Task AssertEachDueStepFlaggedOnceAsync(HttpClient http, DateTimeOffset at)
    {
        foreach (var instance in new[] { portals.A, portals.B })
        {
            var again = await (await instance.MoveClockAsync(http, at)).Content.ReadFromJsonAsync<SweepResult>();
            Assert.Equal(0, again!.Late);
        }
        await using var db = portals.Db();
        var flagged = await db.CaseSteps.IgnoreQueryFilters().CountAsync(s => s.LateFlaggedAt != null);
        var events = await db.CaseEvents.IgnoreQueryFilters().Where(e => e.Kind == CaseEventKind.Terlambat).ToListAsync();
        Assert.True(flagged > 0);
        Assert.Equal(flagged, events.Count);
        Assert.DoesNotContain(events.GroupBy(e => (e.CaseId, e.StepNo)), g => g.Count() > 1);
    }

    private static async Task<(HubConnection, Channel<string>)> ConnectHubAsync(PortalProcess instance, string userName)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = instance.Address };
        Assert.Equal(HttpStatusCode.Redirect, (await http.SignInAsync(userName, BrowserPortal.Password)).StatusCode);
        var connection = new HubConnectionBuilder().WithUrl(new Uri(instance.Address, "hubs/boards"), o => o.Cookies = cookies).Build();
        var heard = Channel.CreateUnbounded<string>();
        connection.On<HubMessage>(BoardHub.CaseChanged, m => heard.Writer.TryWrite($"{m.CaseId}:{m.Kind}"));
        await connection.StartAsync();
        return (connection, heard);
    }

    private sealed record HubMessage(Guid Id, string Kind, Guid? CaseId, int? StepNo, DateTimeOffset At);
}
