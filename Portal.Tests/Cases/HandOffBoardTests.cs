using Portal.Cases;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Cases;

/// <summary>An office's own pelaksana names, a hand-off and an outside doer, loaded and worked through the real library, database and boards.</summary>
public class HandOffBoardTests
{
    private const string Sop = """
        kode: uji-serah-terima
        kantor: lamandau
        nama: SOP Uji Serah Terima
        langkah:
          - no: 1
            uraian: Pembuatan surat tugas
            pelaksana: [staf → kadis]
            waktu: 2 jam
          - no: 2
            uraian: Masa pelayanan di panti
            pelaku: upt
            pelaksana: [staf]
            waktu: 6 bulan
        """;

    [Fact]
    public async Task A_handed_over_step_moves_from_the_drafters_tasks_to_the_signers_bell_and_list_and_an_outside_doer_shows_as_waiting()
    {
        await using var portal = await TestPortal.StartAsync();
        await portal.AddStaffAsync();
        var lamandau = await portal.OfficeIdAsync("lamandau");
        var loaded = Assert.Single(await portal.Get<SopLibrary>().LoadAsync(lamandau, [("uji/serah.yaml", Sop)], "admin.lamandau"));
        Assert.Equal(SopLoadOutcome.Baru, loaded.Outcome);

        var peksos = await portal.ActorAsync("lamandau", StaffRole.Peksos);
        var clerk = await portal.ActorAsync("lamandau", StaffRole.Pengadministrasi);
        var kadis = await portal.ActorAsync("lamandau", StaffRole.Kadis);
        var workflow = portal.Get<CaseWorkflow>();
        var query = portal.Get<CaseDetailQuery>();
        var boards = portal.Get<CaseQueries>();
        var id = await workflow.OpenAsync(clerk, "uji-serah-terima", new CaseOpening(lamandau, null, [await portal.AddClientAsync(lamandau)], [], null));

        // "staf" is the office's column: both its portal roles hold the draft; the Kadis does not see it yet.
        Assert.Contains(await boards.TasksForAsync(peksos), t => t.CaseId == id);
        Assert.Contains(await boards.TasksForAsync(clerk), t => t.CaseId == id);
        Assert.DoesNotContain(await boards.TasksForAsync(kadis), t => t.CaseId == id);

        var step = (await query.LoadAsync(clerk, id))!.Case.CurrentStep!;
        // A long note (allowed on the step) is longer than a bell line may be: the hand-off must still save.
        var catatan = "Konsep terlampir. " + string.Join(" ", Enumerable.Repeat("Mohon periksa alamat keluarga pada lampiran.", 30));
        await workflow.HandOverAsync(clerk, id, await query.VersionAsync(clerk, id), step.Id, catatan);

        Assert.DoesNotContain(await boards.TasksForAsync(clerk), t => t.CaseId == id);
        Assert.Contains(await boards.TasksForAsync(kadis), t => t.CaseId == id);
        var stored = (await query.LoadAsync(kadis, id))!;
        Assert.Equal((1, StaffRole.Kadis), (stored.Case.CurrentStep!.Tahap, Assert.Single(stored.Case.CurrentStep.Pelaksana)));
        Assert.Contains(stored.History, e => e.Kind == CaseEventKind.LangkahDiserahkan && e.ActorName == clerk.Name && e.Description.EndsWith(catatan));
        // The signer hears of it in the bell, with the drafter's note; the drafter is not told of their own hand-off.
        var bell = portal.Get<Portal.Notifications.NotificationCenter>();
        var told = Assert.Single(await bell.ListAsync(kadis, new Portal.Notifications.NotificationFilter()));
        Assert.Equal((CaseEventKind.LangkahDiserahkan.ToString(), id), (told.Kind, told.CaseId));
        Assert.Contains($"Diserahkan oleh {clerk.Name}", told.Text);
        Assert.Contains("Konsep terlampir", told.Text);
        Assert.Equal(Portal.Notifications.Notification.MaxTextLength, told.Text.Length);
        Assert.EndsWith("…", told.Text);
        Assert.Empty(await bell.ListAsync(clerk, new Portal.Notifications.NotificationFilter()));

        await workflow.CompleteStepAsync(kadis, id, await query.VersionAsync(kadis, id), step.Id, new("Surat tugas ditandatangani", null, null));

        var card = Assert.Single(await boards.TasksForAsync(peksos), t => t.CaseId == id);
        Assert.Equal(("2", "UPT (panti pelatihan)"), (card.Label, card.MenungguPelaku));
    }
}
