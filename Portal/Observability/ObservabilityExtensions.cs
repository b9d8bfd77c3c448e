using Microsoft.AspNetCore.Components.Server.Circuits;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Portal.Observability;

public sealed class ObservabilityOptions
{
    public const string Section = "Observability";

    /// <summary>Write traces and metrics to the console (on in Development).</summary>
    public bool Console { get; set; }

    /// <summary>An OTLP collector (gRPC), e.g. http://localhost:4317; none when empty.</summary>
    public string? OtlpEndpoint { get; set; }
}

public static class ObservabilityExtensions
{
    /// <summary>
    /// OpenTelemetry traces and metrics: requests, database commands, the sweep, board events and circuits, to the
    /// console and/or an OTLP collector as configured. With neither, nothing is collected. Database command spans go
    /// only to a collector: in a console they would drown everything else.
    /// </summary>
    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ObservabilityOptions.Section).Get<ObservabilityOptions>() ?? new();
        Uri? otlp = null;
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint) && !Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out otlp))
            throw new InvalidOperationException($"Observability:OtlpEndpoint '{options.OtlpEndpoint}' bukan alamat lengkap (mis. http://localhost:4317).");
        builder.Services.AddSingleton<CircuitHandler, CircuitCounter>();
        if (!options.Console && otlp is null) return builder;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(PortalTelemetry.Name))
            .WithTracing(t =>
            {
                t.AddSource(PortalTelemetry.Name).AddAspNetCoreInstrumentation(o =>
                    o.Filter = http => !http.Request.Path.StartsWithSegments("/_framework") && !http.Request.Path.StartsWithSegments("/_content"));
                if (otlp is not null) t.AddSource(PortalTelemetry.Data.Name);
                if (options.Console) t.AddConsoleExporter();
            })
            .WithMetrics(m =>
            {
                m.AddMeter(PortalTelemetry.Name, "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore.Components",
                        "Microsoft.AspNetCore.Components.Server.Circuits", "Microsoft.AspNetCore.Server.Kestrel")
                    .AddAspNetCoreInstrumentation();
                if (options.Console) m.AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 60_000);
            });
        if (otlp is not null) telemetry.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, otlp);
        return builder;
    }

    /// <summary>Counts circuits as they open and close: the live loop's cost grows with them.</summary>
    private sealed class CircuitCounter : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken ct)
        {
            PortalTelemetry.OpenCircuits.Add(1);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken ct)
        {
            PortalTelemetry.OpenCircuits.Add(-1);
            return Task.CompletedTask;
        }
    }
}
