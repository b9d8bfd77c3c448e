using Portal.Deadlines;

namespace Portal.Testing;

/// <summary>
/// In the Testing environment only: a clock the end-to-end suite moves (POST /testing/clock), so a 3-day
/// assessment can run late in seconds. Never registered in any other environment.
/// </summary>
public sealed class TestingClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    public void MoveTo(DateTimeOffset instant) => _offset = instant - System.GetUtcNow();
}

public static class ClockExtensions
{
    public const string Environment = "Testing";

    public static IHostApplicationBuilder AddClock(this IHostApplicationBuilder builder)
    {
        if (builder.Environment.IsEnvironment(Environment))
        {
            var clock = new TestingClock();
            builder.Services.AddSingleton(clock);
            builder.Services.AddSingleton<TimeProvider>(clock);
        }
        else
        {
            builder.Services.AddSingleton(TimeProvider.System);
        }
        return builder;
    }

    /// <summary>Moves the Testing clock and runs the deadline sweep at once (the minutely job would, a minute later).</summary>
    public static IEndpointRouteBuilder MapTestingClock(this WebApplication app)
    {
        if (!app.Environment.IsEnvironment(Environment)) return app;
        app.MapPost("/testing/clock", async (DateTimeOffset to, TestingClock clock, DeadlineSweep sweep) =>
        {
            clock.MoveTo(to);
            return Results.Ok(await sweep.RunAsync());
        });
        return app;
    }
}
