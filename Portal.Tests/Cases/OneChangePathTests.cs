using System.Collections.Concurrent;
using Portal.Cases;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Identity;
using Portal.Live;
using Portal.Tests.Support;

namespace Portal.Tests.Cases;

/// <summary>Attachments, the admin's hand-over and the sweep change a case the way a page does: history with the step, a version, an event.</summary>
public class OneChangePathTests
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8.ToArray(), .. new byte[512]];

    private static async Task<(TestPortal Portal, Actor Admin, Guid CaseId, ConcurrentQueue<BoardEvent> Events)> StartAsync()
    {
        var portal = await TestPortal.StartAsync();
        await portal.AddStaffAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var id = await portal.Get<CaseWorkflow>().OpenAsync(admin, "pemulangan-orang-terlantar",
            new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
        var events = new ConcurrentQueue<BoardEvent>();
        portal.Get<BoardEvents>().Subscribe(admin.OfficeId, e =>
        {
            events.Enqueue(e);
            return Task.CompletedTask;
        });
        return (portal, admin, id, events);
    }

    [Fact]
    public async Task An_attachment_is_recorded_on_the_running_step_with_a_new_version_and_a_board_event()
    {
        var (portal, admin, id, events) = await StartAsync();
        await using var _ = portal;
        var before = (await portal.Get<CaseDetailQuery>().LoadAsync(admin, id))!.Case.Version;

        await portal.Get<AttachmentStore>().SaveAsync(admin, id, "surat.pdf", new MemoryStream(Pdf), Pdf.Length);

        var detail = (await portal.Get<CaseDetailQuery>().LoadAsync(admin, id))!;
        Assert.Equal(before + 1, detail.Case.Version);
        Assert.Equal((CaseEventKind.BerkasDilampirkan, (int?)1), (detail.History[^1].Kind, detail.History[^1].StepNo));
        await Eventually(() => events.Any(e => e.CaseId == id && e.CaseVersion == before + 1));
    }

    [Fact]
    public async Task An_attachment_from_a_role_that_does_not_work_the_case_is_refused_on_the_server_and_no_file_is_kept()
    {
        var (portal, _, id, _) = await StartAsync();
        await using var __ = portal;
        var officeAdmin = await portal.ActorAsync("tarakan", StaffRole.Admin);
        var store = portal.Get<AttachmentStore>();

        var e = await Assert.ThrowsAsync<Portal.Domain.DomainRuleException>(() => store.SaveAsync(officeAdmin, id, "surat.pdf", new MemoryStream(Pdf), Pdf.Length));
        Assert.Contains("tidak dapat dilampirkan", e.Message);
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        Assert.Empty(await store.ListAsync(admin, id));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(portal.Folder, "berkas"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Two_uploads_at_the_same_moment_both_land_in_the_history()
    {
        var (portal, admin, id, _) = await StartAsync();
        await using var _ = portal;
        var store = portal.Get<AttachmentStore>();

        await Task.WhenAll(Enumerable.Range(1, 2).Select(i => Task.Run(() => store.SaveAsync(admin, id, $"surat-{i}.pdf", new MemoryStream(Pdf), Pdf.Length))));

        var history = (await portal.Get<CaseDetailQuery>().LoadAsync(admin, id))!.History;
        Assert.Equal(2, history.Count(e => e.Kind == CaseEventKind.BerkasDilampirkan));
        Assert.Equal(Enumerable.Range(1, history.Count), history.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Handing_over_open_work_reassigns_through_the_workflow_with_history_and_an_event()
    {
        var (portal, admin, id, events) = await StartAsync();
        await using var _ = portal;
        var koordinator = await portal.ActorAsync("tarakan", StaffRole.Koordinator);
        await portal.Get<CaseWorkflow>().AssignAsync(koordinator, id, null, StaffRole.Pengadministrasi, admin.UserId);
        var officeAdmin = await portal.ActorAsync("tarakan", StaffRole.Admin);
        var successor = await portal.ActorAsync("tarakan", StaffRole.Peksos);

        var result = await portal.Get<StaffAdministration>().HandOverOpenWorkAsync(officeAdmin, admin.UserId, successor.UserId);

        Assert.Equal(new HandOverResult(1, 0), result);
        var detail = (await portal.Get<CaseDetailQuery>().LoadAsync(admin, id))!;
        Assert.Equal(successor.UserId, Assert.Single(detail.Case.Assignments).UserId);
        var last = detail.History[^1];
        Assert.Equal((CaseEventKind.Ditugaskan, (int?)1, officeAdmin.Name), (last.Kind, last.StepNo, last.ActorName));
        await Eventually(() => events.Any(e => e.CaseId == id && e.CaseVersion == detail.Case.Version));
    }

    [Fact]
    public async Task A_slow_page_does_not_hold_up_the_person_who_acted()
    {
        var (portal, admin, id, _) = await StartAsync();
        await using var _ = portal;
        var gate = new TaskCompletionSource();
        using var slow = portal.Get<BoardEvents>().Subscribe(admin.OfficeId, _ => gate.Task);
        var kasus = (await portal.Get<CaseDetailQuery>().LoadAsync(admin, id))!.Case;

        var tick = portal.Get<CaseWorkflow>().TickAsync(admin, id, kasus.Version, kasus.CurrentStep!.Id, "Surat keterangan terlantar dari Kelurahan", true);

        var finished = await Task.WhenAny(tick, Task.Delay(TimeSpan.FromSeconds(30)));
        gate.SetResult();
        Assert.Same(tick, finished);
    }

    private static async Task Eventually(Func<bool> condition)
    {
        // Pages are told on the thread pool; wait for the state, with a generous bound that only a real failure reaches.
        for (var deadline = DateTime.UtcNow.AddSeconds(20); !condition(); await Task.Delay(20))
            Assert.True(DateTime.UtcNow < deadline, "the board event never arrived");
    }
}
