using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Portal.Data;
using Microsoft.Extensions.Options;
using Portal.Domain.Sops;
using Portal.Identity;

namespace Portal.Deadlines;

public static class DeadlineExtensions
{
    public const string SweepJobId = "sapuan-tenggat";

    /// <summary>The deadline rules and the sweep that applies them (no scheduler: see <see cref="AddTimedWork"/>).</summary>
    public static IHostApplicationBuilder AddDeadlines(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DeadlineOptions>()
            .Bind(builder.Configuration.GetSection(DeadlineOptions.Section))
            .Validate(o => o.WarningShare is > 0 and < 1, "Deadlines:WarningShare harus di antara 0 dan 1 (mis. 0.8).")
            .Validate(o => o.LateAssessmentAlso.Concat(o.EscalateTo).Concat(o.MonevMissedAlso).All(r => StaffRoles.TryParse(r, out _)), "Deadlines: ada peran yang tidak dikenal.")
            .Validate(o => Waktu.TryParse(o.StandardEvaluationEvery, out _) is not null, "Deadlines:StandardEvaluationEvery harus waktu, mis. '3 bulan'.")
            .ValidateOnStart();
        builder.Services.AddSingleton<DeadlineSweep>();
        builder.Services.AddSingleton<MonevService>();
        return builder;
    }

    /// <summary>
    /// Hangfire runs the sweep every minute (the job is registered anew at every start), and
    /// <see cref="DeadlineTimer"/> runs it at each stored instant in between. On SQLite (one instance) Hangfire keeps
    /// its jobs in memory; on PostgreSQL in the portal's database, so that with several instances the recurring job
    /// fires once a minute across all of them (Hangfire's distributed lock).
    /// </summary>
    public static IHostApplicationBuilder AddTimedWork(this IHostApplicationBuilder builder)
    {
        var postgres = DatabaseOptions.ProviderOf(builder.Configuration) == DatabaseProvider.PostgreSql;
        var connection = builder.Configuration.GetConnectionString("Portal");
        builder.Services.AddHangfire((services, c) =>
        {
            c.UseLogProvider(new HangfireLogs(services.GetRequiredService<ILoggerFactory>()))
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (postgres)
                c.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connection), new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    // A minutely job waits at most this long in the queue after it is enqueued.
                    QueuePollInterval = TimeSpan.FromSeconds(2),
                });
            else
                c.UseInMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(3) });
        });
        builder.Services.AddHangfireServer(o =>
        {
            o.WorkerCount = 2;
            o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
        builder.Services.AddHostedService<RecurringJobs>();
        builder.Services.AddSingleton<DeadlineTimer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeadlineTimer>());
        return builder;
    }

    public static IEndpointRouteBuilder MapTimedWorkDashboard(this IEndpointRouteBuilder app)
    {
        app.MapHangfireDashboardWithAuthorizationPolicy(IdentityExtensions.AdminPolicy, "/hangfire");
        return app;
    }

    private sealed class RecurringJobs(IRecurringJobManager jobs) : IHostedService
    {
        public Task StartAsync(CancellationToken ct)
        {
            jobs.AddOrUpdate<DeadlineSweep>(SweepJobId, sweep => sweep.RunAsync(CancellationToken.None), Cron.Minutely());
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
