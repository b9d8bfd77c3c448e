using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Bench;

/// <summary>Where seeded rows go: a SQLite file, or a PostgreSQL database (its connection string).</summary>
internal sealed record SeedTarget(string Connection, bool Postgres);

/// <summary>
/// Writes cases and step records straight into the database (EF would take minutes for a million rows): prepared
/// inserts in one transaction on SQLite, binary COPY on PostgreSQL. Both engines get the same rows from one generator.
/// </summary>
internal static class CaseSeeder
{
    private sealed record CaseRow(Guid Id, string Nomor, DateTimeOffset Opened);

    private sealed record StepRow(Guid Id, Guid CaseId, int Sequence, int StepNo, DateTimeOffset Started, DateTimeOffset Due, DateTimeOffset? Completed,
        DateTimeOffset Warn, DateTimeOffset? Warned, bool Open);

    /// <param name="dueNow">How many open steps have passed their due time and are not yet flagged.</param>
    /// <param name="dueRounds">That many groups of <paramref name="dueNow"/>, the last just due, each earlier one ten minutes before the next.</param>
    /// <param name="dueEarlier">How many more fell due three hours earlier (a sweep run at that time warms up the one measured).</param>
    /// <param name="role">The open step's pelaksana; <paramref name="ticked"/>: its kelengkapan already ticked.</param>
    /// <returns>Each case with its open step.</returns>
    public static async Task<IReadOnlyList<(Guid CaseId, Guid StepId)>> SeedAsync(SeedTarget target, int officeId, int? seksiId, int revisionId, string sopKode, string sopNama,
        int cases, int stepsPerCase, int dueNow, DateTimeOffset now, int openStepNo = 2, int dueEarlier = 0, int role = 1, string[]? ticked = null, int dueRounds = 1)
    {
        var rows = Generate(cases, stepsPerCase, dueNow, dueRounds, dueEarlier, now, openStepNo).ToList();
        var shape = new Shape(officeId, seksiId, revisionId, sopKode, sopNama, role, ticked ?? []);
        if (target.Postgres) await WritePostgresAsync(target.Connection, rows, shape);
        else await WriteSqliteAsync(target.Connection, rows, shape);
        return rows.SelectMany(r => r.Steps.Where(s => s.Open).Select(s => (r.Case.Id, s.Id))).ToList();
    }

    private sealed record Shape(int OfficeId, int? SeksiId, int RevisionId, string SopKode, string SopNama, int Role, string[] Ticked);

    private static IEnumerable<(CaseRow Case, List<StepRow> Steps)> Generate(int cases, int stepsPerCase, int dueNow, int dueRounds, int dueEarlier, DateTimeOffset now, int openStepNo)
    {
        var random = new Random(42);
        for (var c = 0; c < cases; c++)
        {
            var caseId = Guid.NewGuid();
            var opened = now.AddDays(-random.Next(10, 400));
            var steps = new List<StepRow>(stepsPerCase);
            for (var s = 1; s <= stepsPerCase; s++)
            {
                var open = s == stepsPerCase;
                var started = opened.AddHours(s);
                // The open step: most fall due in the future; 'dueNow' of them have just passed, unflagged.
                var due = !open ? started.AddHours(1)
                    : c < dueNow * dueRounds ? now.AddMinutes(-1 - 10 * (dueRounds - 1 - c / dueNow))
                    : c < dueNow * dueRounds + dueEarlier ? now.AddHours(-3)
                    : now.AddMinutes(random.Next(180, 60 * 24 * 200));
                // Steps that fell due were warned at 80 % of their time, as the sweep does: falling due marks them late only.
                var warn = due.AddHours(-2);
                var warned = !open || c < dueNow * dueRounds + dueEarlier;
                steps.Add(new StepRow(Guid.NewGuid(), caseId, s, open ? openStepNo : s, started, due, open ? null : started.AddMinutes(30), warn,
                    warned ? warn : null, open));
            }
            yield return (new CaseRow(caseId, $"B-{caseId.ToString("N")[..24].ToUpperInvariant()}", opened), steps);
        }
    }

    private static async Task WriteSqliteAsync(string database, List<(CaseRow Case, List<StepRow> Steps)> rows, Shape shape)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=OFF;";
            await pragma.ExecuteNonQueryAsync();
        }
        await using var tx = connection.BeginTransaction();
        var insertCase = connection.CreateCommand();
        insertCase.Transaction = tx;
        insertCase.CommandText = """
            INSERT INTO Cases (Id, Nomor, OfficeId, SeksiId, SopRevisionId, SopKode, SopNama, Status, OpenedAt, Version, ClientIds)
            VALUES ($id, $nomor, $office, $seksi, $rev, $kode, $nama, 0, $opened, 1, '[]')
            """;
        foreach (var p in new[] { "$id", "$nomor", "$office", "$seksi", "$rev", "$kode", "$nama", "$opened" }) insertCase.Parameters.Add(new SqliteParameter(p, null));
        var insertStep = connection.CreateCommand();
        insertStep.Transaction = tx;
        insertStep.CommandText = """
            INSERT INTO CaseSteps (Id, OfficeId, CaseId, Sequence, StepNo, Pelaksana, StartedAt, DueAt, HolidaysMissing, CompletedAt, KelengkapanTicked,
                                   Outcome, WarnAt, WarnedAt, LateFlaggedAt, WaitedTotal)
            VALUES ($id, $office, $case, $seq, $no, $roles, $started, $due, 0, $done, $ticked, $outcome, $warn, $warned, NULL, '00:00:00')
            """;
        foreach (var p in new[] { "$id", "$office", "$case", "$seq", "$no", "$roles", "$started", "$due", "$done", "$outcome", "$warn", "$warned", "$ticked" })
            insertStep.Parameters.Add(new SqliteParameter(p, null));
        insertCase.Prepare();
        insertStep.Prepare();

        // EF Core's SQLite provider keeps a Guid as upper-case text and lists as JSON.
        var roles = JsonSerializer.Serialize(new[] { shape.Role });
        var ticked = JsonSerializer.Serialize(shape.Ticked);
        foreach (var (kasus, steps) in rows)
        {
            Set(insertCase, Text(kasus.Id), kasus.Nomor, shape.OfficeId, shape.SeksiId, shape.RevisionId, shape.SopKode, shape.SopNama, kasus.Opened.UtcTicks);
            await insertCase.ExecuteNonQueryAsync();
            foreach (var s in steps)
            {
                Set(insertStep, Text(s.Id), shape.OfficeId, Text(s.CaseId), s.Sequence, s.StepNo, roles, s.Started.UtcTicks, s.Due.UtcTicks,
                    s.Completed?.UtcTicks, s.Open ? null : 0, s.Warn.UtcTicks, s.Warned?.UtcTicks, s.Open ? ticked : "[]");
                await insertStep.ExecuteNonQueryAsync();
            }
        }
        await tx.CommitAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        await analyze.ExecuteNonQueryAsync();
    }

    private static async Task WritePostgresAsync(string connectionString, List<(CaseRow Case, List<StepRow> Steps)> rows, Shape shape)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var cases = await connection.BeginBinaryImportAsync("""
            COPY "Cases" ("Id", "Nomor", "OfficeId", "SeksiId", "SopRevisionId", "SopKode", "SopNama", "Status", "OpenedAt", "Version", "ClientIds") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var (kasus, _) in rows)
            {
                await cases.StartRowAsync();
                await cases.WriteAsync(kasus.Id, NpgsqlDbType.Uuid);
                await cases.WriteAsync(kasus.Nomor, NpgsqlDbType.Varchar);
                await cases.WriteAsync(shape.OfficeId, NpgsqlDbType.Integer);
                if (shape.SeksiId is { } seksi) await cases.WriteAsync(seksi, NpgsqlDbType.Integer); else await cases.WriteNullAsync();
                await cases.WriteAsync(shape.RevisionId, NpgsqlDbType.Integer);
                await cases.WriteAsync(shape.SopKode, NpgsqlDbType.Text);
                await cases.WriteAsync(shape.SopNama, NpgsqlDbType.Text);
                await cases.WriteAsync(0, NpgsqlDbType.Integer);
                await cases.WriteAsync(kasus.Opened.UtcTicks, NpgsqlDbType.Bigint);
                await cases.WriteAsync(1, NpgsqlDbType.Integer);
                await cases.WriteAsync(Array.Empty<Guid>(), NpgsqlDbType.Array | NpgsqlDbType.Uuid);
            }
            await cases.CompleteAsync();
        }
        await using (var steps = await connection.BeginBinaryImportAsync("""
            COPY "CaseSteps" ("Id", "OfficeId", "CaseId", "Sequence", "StepNo", "Pelaksana", "StartedAt", "DueAt", "HolidaysMissing", "CompletedAt",
                              "KelengkapanTicked", "Outcome", "WarnAt", "WarnedAt", "WaitedTotal") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var s in rows.SelectMany(r => r.Steps))
            {
                await steps.StartRowAsync();
                await steps.WriteAsync(s.Id, NpgsqlDbType.Uuid);
                await steps.WriteAsync(shape.OfficeId, NpgsqlDbType.Integer);
                await steps.WriteAsync(s.CaseId, NpgsqlDbType.Uuid);
                await steps.WriteAsync(s.Sequence, NpgsqlDbType.Integer);
                await steps.WriteAsync(s.StepNo, NpgsqlDbType.Integer);
                await steps.WriteAsync(new[] { shape.Role }, NpgsqlDbType.Array | NpgsqlDbType.Integer);
                await steps.WriteAsync(s.Started.UtcTicks, NpgsqlDbType.Bigint);
                await steps.WriteAsync(s.Due.UtcTicks, NpgsqlDbType.Bigint);
                await steps.WriteAsync(false, NpgsqlDbType.Boolean);
                if (s.Completed is { } done) await steps.WriteAsync(done.UtcTicks, NpgsqlDbType.Bigint); else await steps.WriteNullAsync();
                await steps.WriteAsync(s.Open ? shape.Ticked : [], NpgsqlDbType.Array | NpgsqlDbType.Text);
                if (s.Open) await steps.WriteNullAsync(); else await steps.WriteAsync(0, NpgsqlDbType.Integer);
                await steps.WriteAsync(s.Warn.UtcTicks, NpgsqlDbType.Bigint);
                if (s.Warned is { } warned) await steps.WriteAsync(warned.UtcTicks, NpgsqlDbType.Bigint); else await steps.WriteNullAsync();
                await steps.WriteAsync(TimeSpan.Zero, NpgsqlDbType.Interval);
            }
            await steps.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE;", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
