using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Portal.Live;
using Portal.Observability;
using Portal.Tests.Support;

namespace Portal.Tests.Live;

/// <summary>A page's live subscription: a burst of events while the page reloads costs one more reload, never one per event.</summary>
public class LiveRefreshTests
{
    private static BoardEvent Event(int officeId, Guid? caseId = null) =>
        new(Guid.NewGuid(), officeId, null, caseId ?? Guid.NewGuid(), "LangkahSelesai", 1, ["peksos"], DateTimeOffset.UtcNow);

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("Keadaan yang ditunggu tidak tercapai dalam 30 detik.");
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task Events_arriving_during_a_reload_are_covered_by_exactly_one_more_reload_that_reads_the_latest()
    {
        await using var portal = await TestPortal.StartAsync();
        var events = portal.Get<BoardEvents>();
        var office = await portal.OfficeIdAsync("tarakan");
        var release = new TaskCompletionSource();
        var covered = new List<long>();
        var heard = 0;
        using var live = LiveRefresh.Start(events, office, _ =>
        {
            Interlocked.Increment(ref heard);
            return true;
        }, async seq =>
        {
            lock (covered) covered.Add(seq);
            if (covered.Count == 1) await release.Task;
        });

        await events.PublishAsync(Event(office));
        await EventuallyAsync(() => covered.Count == 1);
        for (var i = 0; i < 10; i++) await events.PublishAsync(Event(office));
        var last = events.Sequence(office);
        // Every event of the burst has reached the page while its first reload is still running.
        await EventuallyAsync(() => Volatile.Read(ref heard) == 11);
        release.SetResult();

        await EventuallyAsync(() => covered.Count >= 2);
        Assert.Equal(2, covered.Count);
        // Another event after the burst is a new round.
        await events.PublishAsync(Event(office));
        await EventuallyAsync(() => covered.Count >= 3);
        Assert.Equal(3, covered.Count);
        Assert.Equal(last, covered[1]);
        Assert.Equal(last + 1, covered[2]);
    }

    [Fact]
    public async Task Events_the_page_does_not_show_and_other_offices_events_cause_no_reload()
    {
        await using var portal = await TestPortal.StartAsync();
        var events = portal.Get<BoardEvents>();
        var tarakan = await portal.OfficeIdAsync("tarakan");
        var lamandau = await portal.OfficeIdAsync("lamandau");
        var shown = Guid.NewGuid();
        var reloads = 0;
        var judged = 0;
        using var live = LiveRefresh.Start(events, tarakan, e =>
        {
            Interlocked.Increment(ref judged);
            return e.CaseId == shown;
        }, _ =>
        {
            Interlocked.Increment(ref reloads);
            return Task.CompletedTask;
        });

        await events.PublishAsync(Event(lamandau, shown));
        await events.PublishAsync(Event(tarakan));
        await events.PublishAsync(Event(tarakan, shown));
        // Lamandau's event never reaches a Tarakan page; of Tarakan's two, only the shown case's asks for a reload.
        await EventuallyAsync(() => Volatile.Read(ref judged) == 2 && Volatile.Read(ref reloads) == 1);
        Assert.Equal(1, Volatile.Read(ref reloads));
    }

    [Fact]
    public async Task A_disposed_page_hears_nothing_more()
    {
        await using var portal = await TestPortal.StartAsync();
        var events = portal.Get<BoardEvents>();
        var office = await portal.OfficeIdAsync("tarakan");
        var reloads = 0;
        var live = LiveRefresh.Start(events, office, _ => true, _ =>
        {
            Interlocked.Increment(ref reloads);
            return Task.CompletedTask;
        });
        await events.PublishAsync(Event(office));
        await EventuallyAsync(() => Volatile.Read(ref reloads) == 1);
        live.Dispose();
        var sentinel = 0;
        using var other = LiveRefresh.Start(events, office, _ => true, _ =>
        {
            Interlocked.Increment(ref sentinel);
            return Task.CompletedTask;
        });
        await events.PublishAsync(Event(office));
        await EventuallyAsync(() => Volatile.Read(ref sentinel) == 1);
        Assert.Equal(1, Volatile.Read(ref reloads));
    }

    [Fact]
    public async Task A_stream_of_events_redraws_a_page_at_most_once_per_gap_and_the_last_redraw_covers_the_last_event()
    {
        await using var portal = await TestPortal.StartAsync();
        var events = portal.Get<BoardEvents>();
        var office = await portal.OfficeIdAsync("tarakan");
        var reloads = new List<(long Covers, long StartedAt)>();
        using var live = LiveRefresh.Start(events, office, _ => true, seq =>
        {
            lock (reloads) reloads.Add((seq, System.Diagnostics.Stopwatch.GetTimestamp()));
            return Task.CompletedTask;
        });

        for (var i = 0; i < 40; i++)
        {
            await events.PublishAsync(Event(office));
            await Task.Delay(20);
        }
        var last = events.Sequence(office);
        await EventuallyAsync(() => { lock (reloads) return reloads.Count > 0 && reloads[^1].Covers == last; });

        lock (reloads)
        {
            // Forty events, at least 800 ms: far fewer redraws, each begun no sooner than the gap after the one before.
            Assert.InRange(reloads.Count, 2, 39);
            var gaps = reloads.Zip(reloads.Skip(1), (a, b) => System.Diagnostics.Stopwatch.GetElapsedTime(a.StartedAt, b.StartedAt));
            Assert.All(gaps, gap => Assert.True(gap >= LiveRefresh.MinGap - TimeSpan.FromMilliseconds(15), $"Dua muat ulang berjarak {gap.TotalMilliseconds:N0} ms."));
            Assert.Equal(reloads.Select(r => r.Covers).Order(), reloads.Select(r => r.Covers));
        }
    }

    /// <summary>A page that hears every event of the office and notes the sequence each reload covers.</summary>
    private static LiveRefresh Recording(BoardEvents events, int office, List<long> covered, TimeSpan drawWait) =>
        LiveRefresh.Start(events, office, _ => true, seq =>
        {
            lock (covered) covered.Add(seq);
            return Task.CompletedTask;
        }, drawWait);

    private static int Count(List<long> covered)
    {
        lock (covered) return covered.Count;
    }

    [Fact]
    public async Task A_page_that_reports_its_draws_reloads_again_only_once_its_browser_has_drawn_the_last_reload()
    {
        await using var portal = await TestPortal.StartAsync();
        var events = portal.Get<BoardEvents>();
        var office = await portal.OfficeIdAsync("tarakan");
        var covered = new List<long>();
        using var live = Recording(events, office, covered, drawWait: TimeSpan.FromMinutes(5));
        // The page's first render is on screen: from here on its reloads wait for their draws.
        live.Drawn();

        await events.PublishAsync(Event(office));
        await EventuallyAsync(() => Count(covered) == 1);
        for (var i = 0; i < 3; i++) await events.PublishAsync(Event(office));
        var last = events.Sequence(office);
        // Three gaps pass and the browser has not drawn the first reload: nothing more is sent to it.
        await Task.Delay(LiveRefresh.MinGap * 3);
        lock (covered) Assert.Single(covered);

        live.Drawn();
        // Once it has, one reload brings it the latest: the three events in one redraw, not three.
        await EventuallyAsync(() => Count(covered) == 2);
        live.Drawn();
        await Task.Delay(LiveRefresh.MinGap * 2);
        lock (covered) Assert.Equal([last - 3, last], covered);
    }

    [Fact]
    public async Task A_browser_that_never_draws_holds_its_page_back_only_for_the_draw_wait()
    {
        await using var portal = await TestPortal.StartAsync();
        var events = portal.Get<BoardEvents>();
        var office = await portal.OfficeIdAsync("tarakan");
        var covered = new List<long>();
        using var live = Recording(events, office, covered, drawWait: TimeSpan.FromMilliseconds(200));
        live.Drawn();

        await events.PublishAsync(Event(office));
        await EventuallyAsync(() => Count(covered) == 1);
        await events.PublishAsync(Event(office));
        var last = events.Sequence(office);
        // No draw is ever reported: the second event is still drawn, after the wait.
        await EventuallyAsync(() => Count(covered) == 2);
        lock (covered) Assert.Equal(last, covered[1]);
    }

    [Fact]
    public async Task A_redraw_is_measured_under_its_page_as_its_reload_then_its_draw_and_how_far_behind_it_was_at_each()
    {
        await using var portal = await TestPortal.StartAsync();
        var events = portal.Get<BoardEvents>();
        var office = await portal.OfficeIdAsync("tarakan");
        // A page name of this test's own: other tests' pages record to the same meter meanwhile.
        var page = "uji-" + Guid.NewGuid().ToString("N");
        var seen = new ConcurrentQueue<(string Instrument, string? Stage, double Seconds)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PortalTelemetry.Name) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((instrument, seconds, tags, _) =>
        {
            string? stage = null, of = null;
            foreach (var tag in tags)
                if (tag.Key == "stage") stage = tag.Value as string;
                else if (tag.Key == "page") of = tag.Value as string;
            if (of == page) seen.Enqueue((instrument.Name, stage, seconds));
        });
        listener.Start();
        using var live = LiveRefresh.Start(events, office, _ => true, _ => Task.Delay(300), drawWait: TimeSpan.FromMinutes(5), page: page);
        live.Drawn();

        await events.PublishAsync(Event(office));
        await EventuallyAsync(() => seen.Any(s => s.Stage == "sent"));
        await Task.Delay(300);
        live.Drawn();
        await EventuallyAsync(() => seen.Any(s => s.Stage == "drawn"));

        double Of(string instrument, string stage) => Assert.Single(seen, s => s.Instrument == instrument && s.Stage == stage).Seconds;
        var reload = Of("dinsosportal.board.redraw.duration", "reload");
        var draw = Of("dinsosportal.board.redraw.duration", "draw");
        var sent = Of("dinsosportal.board.redraw.behind", "sent");
        var drawn = Of("dinsosportal.board.redraw.behind", "drawn");
        // Lower bounds only: the reload and the draw each took at least what the test held them for.
        Assert.InRange(reload, 0.25, double.MaxValue);
        Assert.InRange(draw, 0.25, double.MaxValue);
        // Behind counts from the event: it holds the reload, and once drawn, the draw as well.
        Assert.InRange(sent, reload, double.MaxValue);
        Assert.InRange(drawn, Math.Max(sent, draw), double.MaxValue);
        Assert.InRange(drawn, 0.5, double.MaxValue);
        Assert.Equal(4, seen.Count);
    }
}
