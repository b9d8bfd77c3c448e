namespace Portal.Notifications;

public static class NotificationExtensions
{
    /// <summary>The bell: who is told, and what they have read.</summary>
    public static IHostApplicationBuilder AddNotifications(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<NotificationCenter>();
        return builder;
    }
}
