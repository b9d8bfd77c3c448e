using Portal.Cases;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Offices;
using Portal.Tests.Support;
using static Portal.Tests.Support.Calendars;

namespace Portal.Tests.Cases;

/// <summary>The boards' reads, shared per office: exact counts, changes seen at once, deadline states at their instant.</summary>
public class BoardQueriesTests
{
    [Fact]
    public async Task Column_counts_are_exact_beyond_the_500_cards_a_board_draws()
    {
        await using var portal = await StaffedAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var client = await portal.AddClientAsync(admin.OfficeId);
        var workflow = portal.Get<CaseWorkflow>();
        for (var i = 0; i < CaseQueries.MaxCards + 5; i++)
            await workflow.OpenAsync(admin, "pemulangan-orang-terlantar", new CaseOpening(admin.OfficeId, null, [client], [], null));

        var queries = portal.Get<CaseQueries>();
        Assert.Equal(CaseQueries.MaxCards, (await queries.BoardAsync(admin, null, null)).Count);
        var counts = await queries.BoardCountsAsync(admin, null, null);
        Assert.Equal([new BoardColumnCount("pemulangan-orang-terlantar", 1, CaseQueries.MaxCards + 5)], counts);
        Assert.Empty(await queries.BoardCountsAsync(admin, null, "koordinasi-pmbs"));
        // Lamandau's board counts nothing of Tarakan's.
        Assert.Empty(await queries.BoardCountsAsync(await portal.ActorAsync("lamandau", StaffRole.Kabid), null, null));
    }

    [Fact]
    public async Task A_change_shows_on_the_next_read_and_each_role_sees_only_its_own_tasks()
    {
        await using var portal = await StaffedAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var koordinator = await portal.ActorAsync("tarakan", StaffRole.Koordinator);
        var queries = portal.Get<CaseQueries>();
        var workflow = portal.Get<CaseWorkflow>();
        var id = await workflow.OpenAsync(admin, "pemulangan-orang-terlantar", new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
        Assert.Equal([1], (await queries.TasksForAsync(admin)).Where(t => t.CaseId == id).Select(t => t.StepNo));
        Assert.Empty(await queries.TasksForAsync(koordinator));

        var detail = portal.Get<CaseDetailQuery>();
        var kasus = (await detail.LoadAsync(admin, id))!.Case;
        await workflow.TickAsync(admin, id, kasus.Version, kasus.CurrentStep!.Id, "Surat keterangan terlantar dari Kelurahan", true);
        await workflow.CompleteStepAsync(admin, id, await detail.VersionAsync(admin, id), kasus.CurrentStep.Id, new(null, null, null));

        // The shared read was loaded before the change; the change's event makes the next read a fresh one.
        var card = Assert.Single(await queries.TasksForAsync(admin), t => t.CaseId == id);
        Assert.Equal(2, card.StepNo);
        Assert.Equal(await detail.VersionAsync(admin, id), card.CaseVersion);
        Assert.Empty(await queries.TasksForAsync(koordinator));
        Assert.Empty(await queries.TasksForAsync(await portal.ActorAsync("lamandau", StaffRole.Pengadministrasi)));
    }

    [Fact]
    public async Task Tugas_Saya_draws_the_actors_own_first_counts_every_match_and_builds_only_the_cards_it_draws()
    {
        await using var portal = await StaffedAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var workflow = portal.Get<CaseWorkflow>();
        var budi = await OpenPemulanganAsync(portal, admin, "Budi Santoso");
        portal.Clock.Now += TimeSpan.FromDays(14);
        var siti = await OpenPemulanganAsync(portal, admin, "Siti Aminah");
        var yohana = await OpenPemulanganAsync(portal, admin, "Yohana Bataona");
        await workflow.AssignAsync(await portal.ActorAsync("tarakan", StaffRole.Koordinator), yohana, null, StaffRole.Pengadministrasi, admin.UserId);
        var queries = portal.Get<CaseQueries>();

        // The actor's own step first, then the most urgent (Budi's, now late); two drawn of three.
        var page = await queries.TaskPageAsync(admin, new TaskFilter(), take: 2);
        Assert.Equal([yohana, budi], page.First.Select(c => c.CaseId));
        Assert.True(page.First[0].AssignedToMe);
        Assert.Equal((3, 3), (page.Matching, page.Total));

        var late = await queries.TaskPageAsync(admin, new TaskFilter(LateOnly: true), take: 50);
        Assert.Equal([budi], late.First.Select(c => c.CaseId));
        Assert.Equal((1, 3), (late.Matching, late.Total));
        // Every word must match somewhere: client, case number, SOP or step.
        var found = await queries.TaskPageAsync(admin, new TaskFilter("siti PEMULANGAN"), take: 50);
        Assert.Equal([siti], found.First.Select(c => c.CaseId));
        Assert.Empty((await queries.TaskPageAsync(admin, new TaskFilter("siti budi"), take: 50)).First);
    }

    [Fact]
    public async Task A_card_writes_its_step_case_round_and_holder_as_the_one_asking_reads_them()
    {
        await using var portal = await StaffedAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var koordinator = await portal.ActorAsync("tarakan", StaffRole.Koordinator);
        var colleague = await portal.ActorAsync("tarakan", StaffRole.Peksos);
        var workflow = portal.Get<CaseWorkflow>();
        var mine = await OpenPemulanganAsync(portal, admin, "Budi Santoso");
        var theirs = await OpenPemulanganAsync(portal, admin, "Siti Aminah");
        var nobodys = await OpenPemulanganAsync(portal, admin, "Yohana Bataona");
        await workflow.AssignAsync(koordinator, mine, null, StaffRole.Pengadministrasi, admin.UserId);
        await workflow.AssignAsync(koordinator, theirs, null, StaffRole.Pengadministrasi, colleague.UserId);
        var queries = portal.Get<CaseQueries>();

        var cards = (await queries.TasksForAsync(admin)).ToDictionary(c => c.CaseId);

        Assert.Equal("Ditugaskan kepada Anda", cards[mine].HolderLine);
        Assert.Equal($"Ditugaskan: {colleague.Name}", cards[theirs].HolderLine);
        Assert.Equal("Belum ditugaskan", cards[nobodys].HolderLine);
        var budi = cards[mine];
        Assert.Equal($"Langkah {budi.Label}: {budi.Uraian}", budi.Title);
        Assert.Equal($"Budi Santoso (tanpa NIK) · {budi.Nomor} · {budi.SopNama}", budi.TaskLine);
        Assert.Equal(budi.Nomor, budi.NomorLine);
        // The lines are made once per step for every board; "Anda" is only for the one who holds it.
        Assert.Equal($"Ditugaskan: {admin.Name}", (await queries.BoardAsync(koordinator, null, null)).Single(c => c.CaseId == mine).HolderLine);

        var lamandau = await portal.ActorAsync("lamandau", StaffRole.Peksos);
        var round = await workflow.OpenAsync(lamandau, "anak-terlantar",
            new CaseOpening(lamandau.OfficeId, null, [await portal.AddClientAsync(lamandau.OfficeId, "Rina Wati")], [], null) { Angkatan = "Angkatan II 2026" });
        var roundCard = (await queries.BoardAsync(lamandau, null, null)).Single(c => c.CaseId == round);
        Assert.Equal($"{roundCard.Nomor} · Angkatan II 2026", roundCard.NomorLine);
        Assert.Equal($"Rina Wati (tanpa NIK) · {roundCard.Nomor} · {roundCard.SopNama} · Angkatan II 2026", roundCard.TaskLine);
    }

    [Fact]
    public async Task Changes_that_name_their_case_mend_the_shared_read_to_what_a_whole_read_gives()
    {
        await using var portal = await StaffedAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var kabid = await portal.ActorAsync("tarakan", StaffRole.Kabid);
        var workflow = portal.Get<CaseWorkflow>();
        var detail = portal.Get<CaseDetailQuery>();
        var queries = portal.Get<CaseQueries>();
        Task<Guid> OpenAsync() => portal.AddClientAsync(admin.OfficeId).ContinueWith(c =>
            workflow.OpenAsync(admin, "pemulangan-orang-terlantar", new CaseOpening(admin.OfficeId, null, [c.Result], [], null))).Unwrap();
        var first = await OpenAsync();
        var second = await OpenAsync();
        Assert.Equal(2, (await queries.BoardAsync(kabid, null, null)).Count);

        // A step completed, a case opened, a case run to its close: each event names its case, and the read is mended with it.
        var kasus = (await detail.LoadAsync(admin, first))!.Case;
        await workflow.TickAsync(admin, first, kasus.Version, kasus.CurrentStep!.Id, "Surat keterangan terlantar dari Kelurahan", true);
        await workflow.CompleteStepAsync(admin, first, await detail.VersionAsync(admin, first), kasus.CurrentStep.Id, new(null, null, null));
        var opened = await OpenAsync();
        var (closed, _) = await CaseScenes.ClosedPmbsCaseAsync(portal);
        var mended = await queries.BoardAsync(kabid, null, null);
        var mendedCounts = await queries.BoardCountsAsync(kabid, null, null);

        Assert.Equal(2, Assert.Single(mended, c => c.CaseId == first).StepNo);
        Assert.Contains(mended, c => c.CaseId == second);
        Assert.Contains(mended, c => c.CaseId == opened);
        Assert.DoesNotContain(mended, c => c.CaseId == closed);
        // An office-wide event (no case named) loads the read whole: the mended one drew the same cards, in the same order.
        await portal.Get<Portal.Live.BoardEvents>().PublishAsync(new(Guid.NewGuid(), kabid.OfficeId, null, null, "uji", null, [], portal.Clock.Now));
        var whole = await queries.BoardAsync(kabid, null, null);
        // Compared as the API gives them: a card is a view of the shared read, equal by what it shows.
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(whole), System.Text.Json.JsonSerializer.Serialize(mended));
        Assert.Equal(await queries.BoardCountsAsync(kabid, null, null), mendedCounts);
    }

    [Fact]
    public async Task A_step_reads_late_on_the_board_the_moment_it_falls_due_not_a_minute_after()
    {
        await using var portal = await TestPortal.StartAsync();
        await portal.AddStaffAsync();
        var id = await CaseScenes.AssessmentStartingMondayTenAsync(portal.Services, r => portal.ActorAsync("tarakan", r), portal.Clock);
        var kabid = await portal.ActorAsync("tarakan", StaffRole.Kabid);
        var queries = portal.Get<CaseQueries>();
        var calendar = await portal.Get<OfficeCalendars>().ForOfficeAsync(kabid.OfficeId);
        async Task<StepCard> CardAt(DateTimeOffset now)
        {
            portal.Clock.Now = now;
            return Assert.Single(await queries.BoardAsync(kabid, null, null), c => c.CaseId == id);
        }

        var due = Wita(2025, 11, 13, 16, 0);
        Assert.NotEqual(DeadlineState.Terlambat, (await CardAt(due.AddSeconds(-1))).Deadline.State);
        Assert.Equal(DeadlineState.Terlambat, (await CardAt(due)).Deadline.State);
        Assert.Equal(DeadlineState.Terlambat, (await CardAt(due.AddSeconds(30))).Deadline.State);
        // Away from an instant the status is the one of the minute, the same words as worked out on the spot.
        var later = await CardAt(Wita(2025, 11, 14, 9, 0));
        Assert.Equal(DeadlineStatus.Evaluate(calendar, later.StartedAt, later.DueAt, Wita(2025, 11, 14, 9, 0)), later.Deadline);
        var before = await CardAt(Wita(2025, 11, 12, 11, 0));
        Assert.Equal(DeadlineStatus.Evaluate(calendar, before.StartedAt, before.DueAt, Wita(2025, 11, 12, 11, 0)).Describe(), before.Deadline.Describe());
    }

    /// <summary>Tarakan on a Monday morning, with an account for every role (<see cref="TestPortal.AddStaffAsync"/>).</summary>
    private static async Task<TestPortal> StaffedAsync()
    {
        var portal = await TestPortal.StartAsync(Wita(2025, 11, 10, 9, 0));
        await portal.AddStaffAsync();
        return portal;
    }

    /// <summary>A pemulangan case for a new client of that name, opened by <paramref name="admin"/>.</summary>
    private static async Task<Guid> OpenPemulanganAsync(TestPortal portal, Actor admin, string name) =>
        await portal.Get<CaseWorkflow>().OpenAsync(admin, "pemulangan-orang-terlantar",
            new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId, name)], [], null));
}
