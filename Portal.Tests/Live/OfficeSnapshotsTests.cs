using Portal.Live;
using Portal.Tests.Support;

namespace Portal.Tests.Live;

/// <summary>Reads shared by every open page of an office: one load per change of that office, never another office's.</summary>
public class OfficeSnapshotsTests
{
    private static BoardEvent Event(int officeId, Guid? caseId = null) =>
        new(Guid.NewGuid(), officeId, null, caseId ?? Guid.NewGuid(), "LangkahSelesai", 1, [], DateTimeOffset.UtcNow);

    private static BoardEvent OfficeWide(int officeId) => new(Guid.NewGuid(), officeId, null, null, "monev", null, [], DateTimeOffset.UtcNow);

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

    [Fact]
    public async Task Events_that_name_cases_mend_the_read_with_those_cases_and_an_office_wide_one_loads_it_whole()
    {
        await using var portal = await TestPortal.StartAsync();
        var snapshots = portal.Get<OfficeSnapshots>();
        var events = portal.Get<BoardEvents>();
        var office = await portal.OfficeIdAsync("tarakan");
        var loads = 0;
        var mends = new List<IReadOnlySet<Guid>>();
        Task<string> Read(TimeSpan? age = null) => snapshots.GetAsync(office, "tambal", _ => Task.FromResult($"muat{Interlocked.Increment(ref loads)}"),
            (before, cases, _) =>
            {
                lock (mends) mends.Add(cases);
                return Task.FromResult($"{before}+{cases.Count}");
            }, age);

        Assert.Equal("muat1", await Read());
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        await events.PublishAsync(Event(office, a));
        await events.PublishAsync(Event(office, b));
        await events.PublishAsync(Event(office, a));
        var after = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Read()));
        Assert.All(after, r => Assert.Equal("muat1+2", r));
        Assert.Equal(new HashSet<Guid> { a, b }, Assert.Single(mends));

        await events.PublishAsync(OfficeWide(office));
        Assert.Equal("muat2", await Read());
        // More events than are remembered since the last read: which cases changed is no longer known.
        for (var i = 0; i < 65; i++) await events.PublishAsync(Event(office));
        Assert.Equal("muat3", await Read());
        // A maximum age counts from the last whole load, however often the read was mended since.
        await events.PublishAsync(Event(office, a));
        Assert.Equal("muat4", await Read(TimeSpan.Zero));
        Assert.Single(mends);
    }
}
