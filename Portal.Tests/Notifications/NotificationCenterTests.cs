using Portal.Domain.Sops;
using Portal.Notifications;
using Portal.Tests.Support;

namespace Portal.Tests.Notifications;

public class NotificationCenterTests
{
    [Fact]
    public async Task The_bell_shows_one_line_per_case_and_opening_it_reads_all_of_that_case()
    {
        await using var portal = await TestPortal.StartAsync();
        var peksos = await portal.ActorAsync("tarakan", StaffRole.Peksos);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var db = await portal.DbAsync(peksos.OfficeId))
        {
            var at = portal.Clock.GetUtcNow();
            NotificationCenter.Add(db, peksos.OfficeId, first, [peksos.UserId], "MendekatiBatas", "Mendekati batas: Budi · TRK-2025-00001", at);
            NotificationCenter.Add(db, peksos.OfficeId, first, [peksos.UserId], "Terlambat", "Terlambat: Budi · TRK-2025-00001", at.AddMinutes(5));
            NotificationCenter.Add(db, peksos.OfficeId, second, [peksos.UserId], "Terlambat", "Terlambat: Siti · TRK-2025-00002", at.AddMinutes(1));
            NotificationCenter.Add(db, peksos.OfficeId, null, [peksos.UserId], "MonevPengingat", "Pengingat monev: evaluasi", at.AddMinutes(2));
            await db.SaveChangesAsync();
        }
        var center = portal.Get<NotificationCenter>();

        var bell = await center.BellAsync(peksos);
        Assert.Equal([("Terlambat: Budi · TRK-2025-00001", 2, 2), ("Pengingat monev: evaluasi", 1, 1), ("Terlambat: Siti · TRK-2025-00002", 1, 1)],
            bell.Select(b => (b.Text, b.Count, b.Unread)));

        await center.MarkReadAsync(peksos, bell[0]);
        Assert.Equal(2, await center.UnreadCountAsync(peksos));
        bell = await center.BellAsync(peksos);
        Assert.Equal(["Pengingat monev: evaluasi", "Terlambat: Siti · TRK-2025-00002", "Terlambat: Budi · TRK-2025-00001"], bell.Select(b => b.Text));

        Assert.Equal(["Terlambat: Siti · TRK-2025-00002"],
            (await center.ListAsync(peksos, new NotificationFilter(Kind: "Terlambat", UnreadOnly: true))).Select(n => n.Text));
        Assert.Equal(2, (await center.ListAsync(peksos, new NotificationFilter(Text: "budi"))).Count);
        await center.MarkAllReadAsync(peksos);
        Assert.Empty(await center.ListAsync(peksos, new NotificationFilter(UnreadOnly: true)));
    }
}
