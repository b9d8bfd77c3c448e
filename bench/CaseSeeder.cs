using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Bench;

/// <summary>Writes cases and step records straight into SQLite (EF would take minutes for a million rows).</summary>
internal static class CaseSeeder
{
    /// <param name="dueNow">How many open steps have passed their due time and are not yet flagged.</param>
    /// <param name="dueEarlier">How many more fell due three hours earlier (a sweep run at that time warms up the one measured).</param>
    /// <param name="role">The open step's pelaksana; <paramref name="ticked"/>: its kelengkapan already ticked (JSON list).</param>
    /// <returns>Each case with its open step.</returns>
    public static async Task<IReadOnlyList<(Guid CaseId, Guid StepId)>> SeedAsync(string database, int officeId, int? seksiId, int revisionId, string sopKode, string sopNama,
        int cases, int stepsPerCase, int dueNow, DateTimeOffset now, int openStepNo = 2, int dueEarlier = 0, int role = 1, string ticked = "[]")
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
            VALUES ($id, $office, $case, $seq, $no, $roles, $started, $due, 0, $done, $ticked, $outcome, $warn, $warned, $flagged, '00:00:00')
            """;
        foreach (var p in new[] { "$id", "$office", "$case", "$seq", "$no", "$roles", "$started", "$due", "$done", "$outcome", "$warn", "$warned", "$flagged", "$ticked" })
            insertStep.Parameters.Add(new SqliteParameter(p, null));
        insertCase.Prepare();
        insertStep.Prepare();

        var random = new Random(42);
        var roles = JsonSerializer.Serialize(new[] { role });
        var openSteps = new List<(Guid, Guid)>();
        for (var c = 0; c < cases; c++)
        {
            var caseId = Guid.NewGuid().ToString().ToUpperInvariant();
            var opened = now.AddDays(-random.Next(10, 400));
            Set(insertCase, caseId, $"B-{caseId.Replace("-", "")[..24]}", officeId, (object?)seksiId ?? DBNull.Value, revisionId, sopKode, sopNama, opened.UtcTicks);
            await insertCase.ExecuteNonQueryAsync();
            for (var s = 1; s <= stepsPerCase; s++)
            {
                var open = s == stepsPerCase;
                var started = opened.AddHours(s);
                // The open step: most fall due in the future; 'dueNow' of them have just passed, unflagged.
                var due = !open ? started.AddHours(1)
                    : c < dueNow ? now.AddMinutes(-1)
                    : c < dueNow + dueEarlier ? now.AddHours(-3)
                    : now.AddMinutes(random.Next(180, 60 * 24 * 200));
                // Steps that fell due were warned at 80 % of their time, as the sweep does: falling due marks them late only.
                var warn = due.AddHours(-2);
                var warned = !open || c < dueNow + dueEarlier;
                var stepId = Guid.NewGuid();
                if (open) openSteps.Add((Guid.Parse(caseId), stepId));
                Set(insertStep, stepId.ToString().ToUpperInvariant(), officeId, caseId, s, open ? openStepNo : s, roles, started.UtcTicks, due.UtcTicks,
                    open ? DBNull.Value : started.AddMinutes(30).UtcTicks, open ? DBNull.Value : 0, warn.UtcTicks,
                    warned ? warn.UtcTicks : DBNull.Value, DBNull.Value, open ? ticked : "[]");
                await insertStep.ExecuteNonQueryAsync();
            }
        }
        await tx.CommitAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        await analyze.ExecuteNonQueryAsync();
        return openSteps;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
