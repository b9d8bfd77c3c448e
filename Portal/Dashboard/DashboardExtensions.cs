namespace Portal.Dashboard;

public static class DashboardExtensions
{
    /// <summary>The kabid's figures for an office.</summary>
    public static IHostApplicationBuilder AddDashboard(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DashboardQueries>();
        return builder;
    }
}
