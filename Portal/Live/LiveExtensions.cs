using Portal.Identity;

namespace Portal.Live;

public static class LiveExtensions
{
    public static IHostApplicationBuilder AddLiveBoards(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<BoardEvents>();
        return builder;
    }

    public static IEndpointRouteBuilder MapLiveBoards(this IEndpointRouteBuilder app)
    {
        app.MapHub<BoardHub>("/hubs/boards").RequireAuthorization(IdentityExtensions.StaffPolicy);
        return app;
    }
}
