using Portal.Identity;

namespace Portal.Live;

public static class LiveExtensions
{
    /// <summary>Live boards: the in-process notifier, the hub for clients outside Blazor, and the optional per-office webhook.</summary>
    public static IHostApplicationBuilder AddLiveBoards(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<BoardEvents>();
        builder.Services.AddSingleton<OfficeSnapshots>();
        builder.Services.AddOptions<WebhookOptions>()
            .Configure(o => o.Offices = builder.Configuration.GetSection(WebhookOptions.Section).Get<Dictionary<string, WebhookTarget>>() ?? new())
            .Validate(o => o.Offices.Values.All(t => Uri.TryCreate(t.Url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"),
                "Webhooks:<kantor>:Url harus alamat http(s) lengkap.")
            .Validate(o => o.Offices.Values.All(t => t.Secret.Length >= WebhookOptions.MinSecretLength),
                $"Webhooks:<kantor>:Secret harus paling sedikit {WebhookOptions.MinSecretLength} karakter.")
            .ValidateOnStart();
        builder.Services.AddHttpClient(BoardWebhooks.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddHostedService<BoardWebhooks>();
        return builder;
    }

    public static IEndpointRouteBuilder MapLiveBoards(this IEndpointRouteBuilder app)
    {
        app.MapHub<BoardHub>("/hubs/boards").RequireAuthorization(IdentityExtensions.StaffPolicy);
        return app;
    }
}
