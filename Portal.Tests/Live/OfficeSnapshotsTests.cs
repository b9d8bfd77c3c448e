using Portal.Live;
using Portal.Tests.Support;

namespace Portal.Tests.Live;

/// <summary>Reads shared by every open page of an office: one load per change of that office, never another office's.</summary>
public class OfficeSnapshotsTests
{
    private static BoardEvent Event(int officeId) =>
        new(Guid.NewGuid(), officeId, null, Guid.NewGuid(), "LangkahSelesai", 1, [], DateTimeOffset.UtcNow);

    [Fact]
    public async Task Many_pages_asking_at_once_share_one_load_until_the_office_changes()
    {
        await using var portal = await TestPortal.StartAsync();
        var snapshots = portal.Get<OfficeSnapshots>();
        var events = portal.Get<BoardEvents>();
        var tarakan = await portal.OfficeIdAsync("tarakan");
        var lamandau = await portal.OfficeIdAsync("lamandau");
        var loads = 0;
        Task<string> Read(int office) => snapshots.GetAsync(office, "uji", async _ =>
        {
            var n = Interlocked.Increment(ref loads);
            await Task.Yield();
            return $"{office}:{n}";
        });

        var first = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Read(tarakan)));
        Assert.Single(first.Distinct());
        Assert.Equal(1, loads);

        // Another office's change leaves Tarakan's read current; Lamandau has its own.
        await events.PublishAsync(Event(lamandau));
        Assert.Equal(first[0], await Read(tarakan));
        Assert.StartsWith($"{lamandau}:", await Read(lamandau));
        Assert.Equal(2, loads);

        // A change of Tarakan: the next read loads again, once.
        await events.PublishAsync(Event(tarakan));
        var after = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Read(tarakan)));
        Assert.Single(after.Distinct());
        Assert.NotEqual(first[0], after[0]);
        Assert.Equal(3, loads);
    }

    [Fact]
    public async Task A_failed_load_is_not_kept_and_the_next_reader_loads_again()
    {
        await using var portal = await TestPortal.StartAsync();
        var snapshots = portal.Get<OfficeSnapshots>();
        var office = await portal.OfficeIdAsync("tarakan");
        var attempts = 0;
        Task<string> Read() => snapshots.GetAsync(office, "gagal", _ =>
            Interlocked.Increment(ref attempts) == 1 ? Task.FromException<string>(new InvalidOperationException("basis data sibuk")) : Task.FromResult("ok"));

        await Assert.ThrowsAsync<InvalidOperationException>(Read);
        Assert.Equal("ok", await Read());
        Assert.Equal("ok", await Read());
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task A_read_with_a_maximum_age_is_loaded_again_once_older()
    {
        await using var portal = await TestPortal.StartAsync();
        var snapshots = portal.Get<OfficeSnapshots>();
        var office = await portal.OfficeIdAsync("tarakan");
        var loads = 0;
        Task<string> Read(TimeSpan age) => snapshots.GetAsync(office, "umur", _ => Task.FromResult($"{Interlocked.Increment(ref loads)}"), age);

        Assert.Equal("1", await Read(TimeSpan.FromHours(1)));
        Assert.Equal("1", await Read(TimeSpan.FromHours(1)));
        Assert.Equal("2", await Read(TimeSpan.Zero));
    }
}
