using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Portal.Cases;
using Portal.Deadlines;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Live;
using Portal.Observability;
using Portal.Tests.Support;

namespace Portal.Tests.Observability;

/// <summary>
/// The portal's instruments, read by a real in-process listener as an OpenTelemetry exporter reads them. Other
/// tests run in parallel in this process, so each test reads only what its own actions add.
/// </summary>
public class TelemetryTests
{
    /// <summary>Collects the portal meter's measurements while alive.</summary>
    private sealed class Measurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        public ConcurrentQueue<(string Instrument, double Value, string? Kind)> Seen { get; } = new();

        public Measurements()
        {
            _listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PortalTelemetry.Name) l.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Seen.Enqueue((i.Name, v, Kind(tags))));
            _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Seen.Enqueue((i.Name, v, Kind(tags))));
            _listener.Start();
        }

        private static string? Kind(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            foreach (var tag in tags) if (tag.Key == "kind") return tag.Value as string;
            return null;
        }

        public void Dispose() => _listener.Dispose();
    }

    [Fact]
    public async Task A_sweep_records_how_long_it_took_and_the_late_step_it_marked()
    {
        await using var portal = await TestPortal.StartAsync();
        await CaseScenes.AssessmentStartingMondayTenAsync(portal.Services, r => portal.ActorAsync("tarakan", r), portal.Clock);
        portal.Clock.Now = Calendars.Wita(2025, 11, 13, 17, 0); // past Thursday 16.00
        using var measurements = new Measurements();

        var result = await portal.Get<DeadlineSweep>().RunAsync();

        Assert.Equal(1, result.Late);
        Assert.Contains(measurements.Seen, m => m is { Instrument: "dinsosportal.sweep.duration", Value: > 0 });
        Assert.Contains(measurements.Seen, m => m is { Instrument: "dinsosportal.sweep.marks", Kind: "late", Value: >= 1 });
    }

    [Fact]
    public async Task A_case_change_counts_as_a_board_event_and_an_open_board_as_a_subscription()
    {
        await using var portal = await TestPortal.StartAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        using var measurements = new Measurements();
        var board = portal.Get<BoardEvents>().Subscribe(admin.OfficeId, _ => Task.CompletedTask);

        await portal.Get<CaseWorkflow>().OpenAsync(admin, "rujukan-lk3", new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
        board.Dispose();

        Assert.Contains(measurements.Seen, m => m is { Instrument: "dinsosportal.board.events", Kind: not null });
        Assert.Contains(measurements.Seen, m => m is { Instrument: "dinsosportal.board.subscriptions", Value: 1 });
        Assert.Contains(measurements.Seen, m => m is { Instrument: "dinsosportal.board.subscriptions", Value: -1 });
    }

    [Fact]
    public async Task Every_database_command_is_a_span_with_its_SQL_and_without_its_parameters()
    {
        await using var portal = await TestPortal.StartAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var spans = new ConcurrentQueue<Activity>();
        // Other tests in this process run commands too: this test's spans are those under its own root span.
        using var tests = new ActivitySource("Portal.Tests.Telemetry");
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == PortalTelemetry.Data.Name || s == tests,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        using (var root = tests.StartActivity("daftar klien")!)
        {
            await portal.Get<Portal.Clients.ClientRegistry>().RegisterAsync(admin,
                new("Siti Rahmawati", null, "Tidak memiliki KTP", null, Portal.Domain.Clients.Sex.Perempuan, null, null, null, null));
            spans = new ConcurrentQueue<Activity>(spans.Where(s => s.TraceId == root.TraceId && s != root));
        }

        var insert = Assert.Single(spans, s => s.DisplayName == "db INSERT" && ((string)s.GetTagItem("db.query.text")!).Contains("\"Clients\""));
        Assert.Equal(TestDatabase.IsPostgres ? "postgresql" : "sqlite", insert.GetTagItem("db.system.name"));
        Assert.DoesNotContain(spans, s => ((string?)s.GetTagItem("db.query.text"))?.Contains("Siti Rahmawati") == true);
    }
}
