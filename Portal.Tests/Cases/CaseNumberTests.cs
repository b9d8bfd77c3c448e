using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Cases;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Cases;

public class CaseNumberTests
{
    [Fact]
    public async Task Cases_opened_at_the_same_instant_get_different_register_numbers_running_per_office_and_year()
    {
        await using var portal = await TestPortal.StartAsync(new DateTimeOffset(2025, 12, 31, 15, 0, 0, TimeSpan.Zero)); // 23.00 WITA
        var workflow = portal.Get<CaseWorkflow>();
        var tarakan = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var lamandau = await portal.ActorAsync("lamandau", StaffRole.Pengadministrasi);
        async Task<string> OpenAsync(Actor actor, string sop)
        {
            var id = await workflow.OpenAsync(actor, sop, new CaseOpening(actor.OfficeId, null, [await portal.AddClientAsync(actor.OfficeId)], [], null));
            await using var db = await portal.DbAsync(actor.OfficeId);
            return await db.Cases.Where(c => c.Id == id).Select(c => c.Nomor).SingleAsync();
        }

        var sameInstant = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => OpenAsync(tarakan, "rujukan-lk3"))));
        var lamandauFirst = await OpenAsync(lamandau, "anak-terlantar");
        portal.Clock.Now = portal.Clock.Now.AddHours(1); // 1 January 2026, 00.00 WITA
        var nextYear = await OpenAsync(tarakan, "rujukan-lk3");

        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"TRK-2025-{i:00000}"), sameInstant.Order());
        Assert.Equal("LMD-2025-00001", lamandauFirst);
        Assert.Equal("TRK-2026-00001", nextYear);
    }

    [Fact]
    public async Task Cases_of_a_database_from_before_numbering_are_numbered_in_opening_order_and_the_counter_continues()
    {
        using var folder = Repo.TempFolder();
        var options = new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={Path.Combine(folder.Path, "lama.db")}").Options;
        await using (var old = new PortalDbContext(options))
        {
            await old.GetService<IMigrator>().MigrateAsync("20261124055302_OfficeIdOnStepsAndEvents");
            var opened = new[] { new DateTimeOffset(2025, 11, 3, 2, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 10, 1, 2, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 5, 2, 0, 0, TimeSpan.Zero) };
            await old.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
            await old.Database.ExecuteSqlRawAsync("INSERT INTO Offices (Id, Kode, Nama, TimeZoneId) VALUES (1, 'tarakan', 'Dinsos Tarakan', 'Asia/Makassar')");
            for (var i = 0; i < opened.Length; i++)
                await old.Database.ExecuteSqlAsync($"""
                    INSERT INTO Cases (Id, OfficeId, SopRevisionId, SopKode, SopNama, Status, OpenedAt, Version, ClientIds)
                    VALUES ({$"00000000-0000-0000-0000-00000000000{i}"}, 1, 1, 'rujukan-lk3', 'Rujukan', 0, {opened[i].UtcTicks}, 1, '[]')
                    """);
        }

        await using var db = new PortalDbContext(options);
        await db.Database.MigrateAsync();
        var numbers = await db.Cases.IgnoreQueryFilters().OrderBy(c => c.Id).Select(c => c.Nomor).ToListAsync();

        Assert.Equal(["TAR-2025-00002", "TAR-2025-00001", "TAR-2026-00001"], numbers);
        Assert.Equal(3, await RunningNumbers.NextAsync(db, 1, CaseNumber.Series, 2025, default));
    }
}
