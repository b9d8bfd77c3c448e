namespace Portal.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The portal as built beside the repository's Portal project (the test projects build it), to start as its own process.</summary>
    public static string PortalDll =>
        Path.Combine(Root, "Portal", "bin", AppContext.BaseDirectory.Contains("/Release/") ? "Release" : "Debug", "net10.0", "Portal.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DinsosPortal.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("DinsosPortal.sln tidak ditemukan di atas folder tes.");
    }

    /// <summary>A fresh temporary folder, removed when disposed.</summary>
    public static TempFolder TempFolder() => new();
}

public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dinsosportal-tests", Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    /// <summary>Copies the repository's seeds here, so a test can change them.</summary>
    public string CopySeeds()
    {
        var target = System.IO.Path.Combine(Path, "seeds");
        foreach (var file in Directory.GetFiles(Repo.Seeds, "*", SearchOption.AllDirectories))
        {
            var to = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(Repo.Seeds, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
