using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Observability;

/// <summary>
/// A client span per database command (no EF Core instrumentation package is served here): the SQL text, never its
/// parameters, which carry client data. Nothing is allocated while no tracer listens.
/// </summary>
public sealed class DbCommandTracing : DbCommandInterceptor
{
    private static readonly ConditionalWeakTable<DbCommand, Activity> Running = new();

    private static void Start(DbCommand command)
    {
        // Most of the time nobody listens: then a command costs this one check.
        if (!PortalTelemetry.Data.HasListeners()) return;
        var verb = command.CommandText.TrimStart().Split(' ', 2)[0].ToUpperInvariant();
        var activity = PortalTelemetry.Data.StartActivity($"db {verb}", ActivityKind.Client);
        if (activity is null) return;
        activity.SetTag("db.system.name", command.Connection?.GetType().Name.Contains("Npgsql") == true ? "postgresql" : "sqlite");
        activity.SetTag("db.operation.name", verb);
        activity.SetTag("db.query.text", command.CommandText);
        Running.AddOrUpdate(command, activity);
    }

    private static void Stop(DbCommand command, Exception? error = null)
    {
        if (!Running.TryGetValue(command, out var activity)) return;
        Running.Remove(command);
        if (error is not null) activity.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
        activity.Dispose();
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand c, CommandEventData e, InterceptionResult<DbDataReader> r) { Start(c); return r; }
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand c, CommandEventData e, InterceptionResult<DbDataReader> r, CancellationToken ct = default) { Start(c); return ValueTask.FromResult(r); }
    public override InterceptionResult<int> NonQueryExecuting(DbCommand c, CommandEventData e, InterceptionResult<int> r) { Start(c); return r; }
    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand c, CommandEventData e, InterceptionResult<int> r, CancellationToken ct = default) { Start(c); return ValueTask.FromResult(r); }
    public override InterceptionResult<object> ScalarExecuting(DbCommand c, CommandEventData e, InterceptionResult<object> r) { Start(c); return r; }
    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand c, CommandEventData e, InterceptionResult<object> r, CancellationToken ct = default) { Start(c); return ValueTask.FromResult(r); }

    public override DbDataReader ReaderExecuted(DbCommand c, CommandExecutedEventData e, DbDataReader r) { Stop(c); return r; }
    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand c, CommandExecutedEventData e, DbDataReader r, CancellationToken ct = default) { Stop(c); return ValueTask.FromResult(r); }
    public override int NonQueryExecuted(DbCommand c, CommandExecutedEventData e, int r) { Stop(c); return r; }
    public override ValueTask<int> NonQueryExecutedAsync(DbCommand c, CommandExecutedEventData e, int r, CancellationToken ct = default) { Stop(c); return ValueTask.FromResult(r); }
    public override object? ScalarExecuted(DbCommand c, CommandExecutedEventData e, object? r) { Stop(c); return r; }
    public override ValueTask<object?> ScalarExecutedAsync(DbCommand c, CommandExecutedEventData e, object? r, CancellationToken ct = default) { Stop(c); return ValueTask.FromResult(r); }
    public override void CommandFailed(DbCommand c, CommandErrorEventData e) => Stop(c, e.Exception);
    public override Task CommandFailedAsync(DbCommand c, CommandErrorEventData e, CancellationToken ct = default) { Stop(c, e.Exception); return Task.CompletedTask; }
}
