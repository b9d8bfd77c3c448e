namespace Portal.Data;

public enum DatabaseProvider { Sqlite, PostgreSql }

/// <summary>The <c>Database</c> section: which engine holds the portal's data. SQLite unless told otherwise.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; init; }
    public required string ConnectionString { get; init; }

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
