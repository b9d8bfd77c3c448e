using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bench;

/// <summary>The whole portal with demo data on a real port, in this process (so its heap can be read).</summary>
internal sealed class BenchPortal(string folder, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const string Password = "Dinsos#2026";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(folder, "portal.db")}");
        builder.UseSetting("Attachments:Directory", Path.Combine(folder, "berkas"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Observability:Console", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
    }
}
