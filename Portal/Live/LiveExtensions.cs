using Portal.Identity;
using StackExchange.Redis;

namespace Portal.Live;

public static class LiveExtensions
{
    /// <summary>
    /// Live boards: the notifier, the hub for clients outside Blazor, and the optional per-office webhook. With
    /// <c>Redis:Connection</c> set, events cross instances through Redis and the hub uses the Redis backplane.
    /// </summary>
    public static IHostApplicationBuilder AddLiveBoards(this IHostApplicationBuilder builder)
    {
        var signalR = builder.Services.AddSignalR();
        if (builder.Configuration[RedisSetting] is { Length: > 0 } redis)
        {
            builder.Services.AddSingleton<IConnectionMultiplexer>(ConnectRedis(redis));
            builder.Services.AddSingleton<RedisBoardChannel>();
            builder.Services.AddHostedService<RedisBoardChannel.Subscription>();
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("dinsosportal-hub"));
        }
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

    public const string RedisSetting = "Redis:Connection";

    /// <summary>Connects at start-up, so an unreachable Redis stops the portal in one line instead of losing events later.</summary>
    private static ConnectionMultiplexer ConnectRedis(string configuration)
    {
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(configuration);
        }
        catch (ArgumentException ex)
        {
            throw new ConfigurationProblem($"{RedisSetting} tidak terbaca / cannot be read: {ex.Message}", ex);
        }
        options.AbortOnConnectFail = true;
        options.ClientName = "dinsosportal";
        try
        {
            return ConnectionMultiplexer.Connect(options);
        }
        catch (RedisConnectionException ex)
        {
            throw new ConfigurationProblem($"{RedisSetting}: Redis di {string.Join(", ", options.EndPoints)} tidak dapat dihubungi / cannot be reached.", ex);
        }
    }

    public static IEndpointRouteBuilder MapLiveBoards(this IEndpointRouteBuilder app)
    {
        app.MapHub<BoardHub>("/hubs/boards").RequireAuthorization(IdentityExtensions.StaffPolicy);
        return app;
    }
}
