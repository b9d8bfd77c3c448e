using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Portal.Data;

public static class ConfigurationExtensions
{
    /// <summary>
    /// In Development, and in Testing (Development with the end-to-end clock), the repository's top-level
    /// <c>appsettings.Development.json</c> (demo data, demo password) is read right after the project's own
    /// appsettings files, so environment variables and the command line still override it.
    /// </summary>
    public static IHostApplicationBuilder AddTopLevelDevelopmentSettings(this IHostApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment(Portal.Testing.ClockExtensions.Environment)) return builder;
        var directory = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, ".."));
        var sources = builder.Configuration.Sources;
        var after = sources.ToList().FindLastIndex(s => s is JsonConfigurationSource { Path: { } p } && p.StartsWith("appsettings", StringComparison.Ordinal));
        sources.Insert(after + 1, new JsonConfigurationSource
        {
            Path = "appsettings.Development.json",
            Optional = true,
            FileProvider = new PhysicalFileProvider(directory),
        });
        return builder;
    }
}
