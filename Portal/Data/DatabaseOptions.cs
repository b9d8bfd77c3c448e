namespace Portal.Data;

public enum DatabaseProvider { Sqlite, PostgreSql }

/// <summary>
/// The <c>Database</c> section: which engine holds the portal's data, SQLite unless told otherwise. Read while the
/// services are configured (the database and the scheduler's storage both follow it), so it is parsed, not bound.
/// </summary>
public static class DatabaseOptions
{
    public const string Section = "Database";

    public static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        var name = configuration[$"{Section}:Provider"];
        return name?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgresql" or "postgres" => DatabaseProvider.PostgreSql,
            _ => throw new ConfigurationProblem(
                $"Database:Provider \"{name}\" tidak dikenal / is unknown: pilih / choose \"sqlite\" atau / or \"postgresql\"."),
        };
    }
}
