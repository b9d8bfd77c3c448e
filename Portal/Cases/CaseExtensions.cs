namespace Portal.Cases;

public static class CaseExtensions
{
    public static IHostApplicationBuilder AddCases(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CaseWorkflow>();
        return builder;
    }
}
