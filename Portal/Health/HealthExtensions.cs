using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Data;
using StackExchange.Redis;

namespace Portal.Health;

public static class HealthExtensions
{
    public const string Ready = "ready";

    /// <summary>The database, Redis when configured, and the Hangfire server, checked for <c>/healthz/ready</c>.</summary>
    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealth>("database", tags: [Ready])
            .AddCheck<SchedulerHealth>("hangfire", tags: [Ready]);
        if (builder.Configuration[Live.LiveExtensions.RedisSetting] is { Length: > 0 })
            checks.AddCheck<RedisHealth>("redis", tags: [Ready]);
        return builder;
    }

    /// <summary>
    /// Anonymous, for a load balancer: <c>/healthz</c> says the process answers, <c>/healthz/ready</c> whether it can
    /// serve. Both answer only a status word; which part failed is in the log, not the response.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) }).AllowAnonymous();
        return app;
    }

    private sealed class DatabaseHealth(IDbContextFactory<PortalDbContext> dbFactory) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (!await db.Database.CanConnectAsync(ct)) return HealthCheckResult.Unhealthy("Basis data tidak menjawab");
            try
            {
                // Opening proves little on SQLite (a file is read lazily): one read of a real table does.
                _ = await db.Offices.AsNoTracking().Select(o => o.Id).FirstOrDefaultAsync(ct);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
            {
                return HealthCheckResult.Unhealthy("Basis data tidak dapat dibaca", e);
            }
        }
    }

    private sealed class RedisHealth(IConnectionMultiplexer redis) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy();
        }
    }

    /// <summary>This instance's Hangfire server has reported to the storage lately: the minutely sweep can run here.</summary>
    private sealed class SchedulerHealth(JobStorage storage) : IHealthCheck
    {
        // Hangfire names a server "<machine>:<process id>:<guid>"; several instances may share one machine.
        private static readonly string Own = $"{Environment.MachineName}:{Environment.ProcessId}:".ToLowerInvariant();

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            // Hangfire's heartbeats are wall-clock UTC, whatever the portal's clock says.
            var cutoff = DateTime.UtcNow.AddMinutes(-5);
            var servers = storage.GetMonitoringApi().Servers();
            return Task.FromResult(servers.Any(s => s.Name.StartsWith(Own, StringComparison.Ordinal) && s.Heartbeat > cutoff)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("Server Hangfire instans ini tidak melapor"));
        }
    }
}
