namespace Portal.Cases;

public static class CaseExtensions
{
    public static IHostApplicationBuilder AddCases(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CaseWorkflow>();
        builder.Services.AddSingleton<CaseQueries>();
        builder.Services.AddSingleton<CaseDetailQuery>();
        builder.Services.AddSingleton<Sops.SopCache>();
        builder.Services.AddSingleton<Clients.ClientRegistry>();
        builder.Services.AddSingleton<Identity.StaffDirectory>();
        return builder;
    }
}
