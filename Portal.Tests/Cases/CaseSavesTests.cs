using Microsoft.EntityFrameworkCore;
using Portal.Cases;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Cases;

public class CaseSavesTests
{
    [Fact]
    public async Task Two_changes_read_from_the_same_version_the_second_save_reports_the_case_changed_instead_of_failing()
    {
        await using var portal = await TestPortal.StartAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var id = await portal.Get<CaseWorkflow>().OpenAsync(admin, "rujukan-lk3",
            new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
        var factory = portal.Get<IDbContextFactory<PortalDbContext>>();
        await using var first = await portal.DbAsync(admin.OfficeId);
        await using var second = await portal.DbAsync(admin.OfficeId);
        var a = await first.Cases.Include(c => c.Steps).SingleAsync(c => c.Id == id);
        var b = await second.Cases.Include(c => c.Steps).SingleAsync(c => c.Id == id);
        var read = a.Version;
        var sop = await portal.Get<SopCache>().RefAsync(a.SopRevisionId);

        // Both append history entry number read+1: the loser hits the unique sequence before the version check.
        a.TickKelengkapan(a.CurrentStep!.Id, "Formulir layanan sosial", true, admin, sop, portal.Clock);
        b.TickKelengkapan(b.CurrentStep!.Id, "Identitas klien (KTP)", true, admin, sop, portal.Clock);

        Assert.True(await CaseSaves.TrySaveAsync(first, factory, id, read, default));
        Assert.False(await CaseSaves.TrySaveAsync(second, factory, id, read, default));

        var saved = (await portal.Get<CaseDetailQuery>().LoadAsync(admin, id))!;
        Assert.Equal(["Formulir layanan sosial"], saved.Case.CurrentStep!.KelengkapanTicked);
        Assert.Equal(read + 2, saved.Case.Version); // the tick, and the admin taking on the pengadministrasi role
    }
}
