using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

/// <summary>The last number handed out in one series (case register, later letters) of one office and year.</summary>
public sealed class RunningNumber
{
    public int OfficeId { get; set; }
    public required string Series { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}

public static class RunningNumbers
{
    /// <summary>
    /// Takes the next number of a series in one statement (an upsert that returns the new value), so two staff
    /// saving at the same instant get different numbers: SQLite serialises the write, PostgreSQL locks the row.
    /// Call it inside the transaction that stores what the number is for, so a failed save gives the number back.
    /// </summary>
    public static int Next(PortalDbContext db, int officeId, string series, int year) =>
        db.Database.SqlQuery<int>(Upsert(officeId, series, year)).AsEnumerable().Single();

    public static async Task<int> NextAsync(PortalDbContext db, int officeId, string series, int year, CancellationToken ct) =>
        (await db.Database.SqlQuery<int>(Upsert(officeId, series, year)).ToListAsync(ct)).Single();

    private static FormattableString Upsert(int officeId, string series, int year) => $"""
        INSERT INTO "RunningNumbers" ("OfficeId", "Series", "Year", "Last") VALUES ({officeId}, {series}, {year}, 1)
        ON CONFLICT ("OfficeId", "Series", "Year") DO UPDATE SET "Last" = "RunningNumbers"."Last" + 1
        RETURNING "Last" AS "Value"
        """;
}
