using Microsoft.EntityFrameworkCore;
using Portal.Cases;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Cases;

public class CaseWorkflowTests
{
    private static async Task<(TestPortal Portal, Actor Admin, Guid CaseId)> OpenRepatriationAsync()
    {
        var portal = await TestPortal.StartAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var client = await portal.AddClientAsync(admin.OfficeId);
        var id = await portal.Get<CaseWorkflow>().OpenAsync(admin, "pemulangan-orang-terlantar",
            new CaseOpening(admin.OfficeId, null, [client], [], "Petugas Kelurahan Karang Anyar"));
        return (portal, admin, id);
    }

    /// <summary>Ticks the first step's one required kelengkapan and returns the case as a user now sees it.</summary>
    private static async Task<Case> TickFirstStepAsync(TestPortal portal, Actor admin, Guid id)
    {
        var kasus = await LoadAsync(portal, admin.OfficeId, id);
        await portal.Get<CaseWorkflow>().TickAsync(admin, id, kasus.Version, kasus.CurrentStep!.Id, "Surat keterangan terlantar dari Kelurahan", true);
        return await LoadAsync(portal, admin.OfficeId, id);
    }

    private static async Task<Case> LoadAsync(TestPortal portal, int officeId, Guid id)
    {
        await using var db = await portal.DbAsync(officeId);
        return await db.Cases.Include(c => c.Steps).Include(c => c.History).AsNoTracking().SingleAsync(c => c.Id == id);
    }

    [Fact]
    public async Task Each_change_is_saved_with_its_history_and_the_database_refuses_to_edit_history()
    {
        var (portal, admin, id) = await OpenRepatriationAsync();
        await using var _ = portal;
        var workflow = portal.Get<CaseWorkflow>();
        portal.Clock.Advance(TimeSpan.FromMinutes(3));
        var kasus = await TickFirstStepAsync(portal, admin, id);
        var step = kasus.CurrentStep!;
        await workflow.CompleteStepAsync(admin, id, kasus.Version, step.Id, new("Surat keterangan terlantar No. 12/KA/2025", null, null));

        kasus = await LoadAsync(portal, admin.OfficeId, id);
        Assert.Equal(2, kasus.CurrentStep!.StepNo);
        Assert.Equal(["Surat keterangan terlantar dari Kelurahan"], kasus.Steps[0].KelengkapanTicked);
        Assert.Equal("Surat keterangan terlantar No. 12/KA/2025", kasus.Steps[0].Output);
        var history = kasus.History.OrderBy(e => e.Sequence).ToList();
        Assert.Equal(Enumerable.Range(1, history.Count), history.Select(e => e.Sequence));
        Assert.Equal([CaseEventKind.Dibuka, CaseEventKind.LangkahDimulai, CaseEventKind.Ditugaskan, CaseEventKind.KelengkapanDicentang,
                CaseEventKind.LangkahSelesai, CaseEventKind.LangkahDimulai],
            history.Select(e => e.Kind));
        Assert.All(history.Skip(2), e => Assert.Equal((admin.UserId, portal.Clock.Now), (e.ActorUserId, e.At)));

        await using var db = await portal.DbAsync(admin.OfficeId);
        var edit = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "CaseEvents" SET "Description" = 'diubah'"""));
        Assert.Contains("Riwayat kasus tidak dapat diubah", edit.Message);
        var delete = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "CaseEvents" """));
        Assert.Contains("Riwayat kasus tidak dapat dihapus", delete.Message);
    }

    [Fact]
    public async Task Two_staff_completing_the_same_step_at_once_one_wins_the_other_is_told_the_case_changed()
    {
        var (portal, admin, id) = await OpenRepatriationAsync();
        await using var _ = portal;
        var workflow = portal.Get<CaseWorkflow>();
        var seen = await TickFirstStepAsync(portal, admin, id);
        var step = seen.CurrentStep!;
        var colleague = admin with { UserId = "pengadministrasi-2", Name = "Rekan" };

        var attempts = await Task.WhenAll(
            Attempt(() => workflow.CompleteStepAsync(admin, id, seen.Version, step.Id, new("dari saya", null, null))),
            Attempt(() => workflow.CompleteStepAsync(colleague, id, seen.Version, step.Id, new("dari rekan", null, null))));

        Assert.Single(attempts, a => a is null);
        var refused = Assert.IsType<CaseChangedException>(Assert.Single(attempts, a => a is not null));
        Assert.Contains("baru saja diubah oleh rekan Anda", refused.Message);
        var after = await LoadAsync(portal, admin.OfficeId, id);
        Assert.Single(after.History, e => e.Kind == CaseEventKind.LangkahSelesai);
        Assert.Equal(2, after.Steps.Count);
    }

    [Fact]
    public async Task A_stale_view_cannot_complete_a_step_a_colleague_already_completed()
    {
        var (portal, admin, id) = await OpenRepatriationAsync();
        await using var _ = portal;
        var workflow = portal.Get<CaseWorkflow>();
        var stale = await LoadAsync(portal, admin.OfficeId, id);
        await workflow.TickAsync(admin, id, stale.Version, stale.CurrentStep!.Id, "Surat keterangan terlantar dari Kelurahan", true);

        await Assert.ThrowsAsync<CaseChangedException>(() =>
            workflow.CompleteStepAsync(admin, id, stale.Version, stale.CurrentStep!.Id, new(null, null, null)));
    }

    [Fact]
    public async Task A_branch_saves_the_linked_case_and_both_sides_of_the_link()
    {
        var (portal, admin, id) = await OpenRepatriationAsync();
        await using var _ = portal;
        var workflow = portal.Get<CaseWorkflow>();
        var kasus = await TickFirstStepAsync(portal, admin, id);
        await workflow.CompleteStepAsync(admin, id, kasus.Version, kasus.CurrentStep!.Id, new(null, null, null));
        kasus = await LoadAsync(portal, admin.OfficeId, id);

        var childId = await workflow.OpenBranchAsync(admin, id, kasus.Version, "Klien sakit");

        await using var db = await portal.DbAsync(admin.OfficeId);
        var child = await db.Cases.Include(c => c.Steps).SingleAsync(c => c.Id == childId);
        var parent = await db.Cases.SingleAsync(c => c.Id == id);
        Assert.Equal(("rujukan-sakit-puskesmas", id, "Klien sakit"), (child.SopKode, child.ParentCaseId!.Value, child.ParentKondisi!));
        Assert.Equal(parent.ClientIds, child.ClientIds);
        Assert.Equal(childId, Assert.Single(parent.Links).LinkedCaseId);
        Assert.Equal(1, child.CurrentStep!.StepNo);
    }

    [Fact]
    public async Task A_lamandau_user_neither_sees_nor_changes_tarakan_data()
    {
        var (portal, admin, id) = await OpenRepatriationAsync();
        await using var _ = portal;
        var lamandau = await portal.ActorAsync("lamandau", StaffRole.Pengadministrasi);
        var workflow = portal.Get<CaseWorkflow>();
        var kasus = await LoadAsync(portal, admin.OfficeId, id);

        var e = await Assert.ThrowsAsync<DomainRuleException>(() =>
            workflow.TickAsync(lamandau, id, kasus.Version, kasus.CurrentStep!.Id, "Surat keterangan terlantar dari Kelurahan", true));
        Assert.Equal("Kasus tidak ditemukan.", e.Message);
        var tarakanClient = kasus.ClientIds[0];
        var open = await Assert.ThrowsAsync<DomainRuleException>(() =>
            workflow.OpenAsync(lamandau, "anak-terlantar", new CaseOpening(lamandau.OfficeId, null, [tarakanClient], [], null)));
        Assert.Equal("Klien tidak ditemukan.", open.Message);
        var sop = await Assert.ThrowsAsync<DomainRuleException>(() =>
            workflow.OpenAsync(lamandau, "pemulangan-orang-terlantar", new CaseOpening(lamandau.OfficeId, null, [tarakanClient], [], null)));
        Assert.Contains("tidak ditemukan di kantor Anda", sop.Message);

        await using (var lamandauDb = await portal.DbAsync(lamandau.OfficeId))
        {
            Assert.Empty(await lamandauDb.Cases.ToListAsync());
            Assert.Empty(await lamandauDb.Clients.ToListAsync());
            Assert.Equal(["anak-terlantar"], await lamandauDb.Sops.Select(s => s.Kode).ToListAsync());
        }
        await using (var unscoped = await portal.DbAsync(null))
        {
            // A context nobody scoped sees no office's data at all.
            Assert.Empty(await unscoped.Cases.ToListAsync());
            Assert.Empty(await unscoped.Sops.ToListAsync());
        }
        var after = await LoadAsync(portal, admin.OfficeId, id);
        Assert.Equal(kasus.Version, after.Version);
    }

    private static async Task<Exception?> Attempt(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
