namespace Portal.Clients;

public static class ClientExtensions
{
    /// <summary>The office's client register: search, registration, logged NIK reveals.</summary>
    public static IHostApplicationBuilder AddClients(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ClientRegistry>();
        builder.Services.AddSingleton<NikAccessLogQueries>();
        return builder;
    }
}
