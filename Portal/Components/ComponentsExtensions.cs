using System.Globalization;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using MudBlazor.Services;

namespace Portal.Components;

public static class ComponentsExtensions
{
    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>Blazor Server with MudBlazor, in Bahasa Indonesia.</summary>
    public static WebApplicationBuilder AddPortalUi(this WebApplicationBuilder builder)
    {
        // Package assets (_content/MudBlazor) are served from the build's manifest in every environment, not only
        // Development: `dotnet run` in Testing answered 500 for every CSS and JS file. A published app has no such
        // manifest and this does nothing there.
        StaticWebAssetsLoader.UseStaticWebAssets(builder.Environment, builder.Configuration);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddPortalMudBlazor();
        builder.Services.AddScoped<CurrentStaff>();
        CultureInfo.DefaultThreadCurrentCulture = Indonesian;
        CultureInfo.DefaultThreadCurrentUICulture = Indonesian;
        return builder;
    }

    /// <summary>MudBlazor with its own texts in Bahasa Indonesia.</summary>
    public static IServiceCollection AddPortalMudBlazor(this IServiceCollection services, Action<MudBlazor.Services.MudServicesConfiguration>? configure = null)
    {
        services.AddMudServices(o => configure?.Invoke(o));
        return services.AddTransient<MudBlazor.MudLocalizer, IndonesianMudLocalizer>();
    }

    public static WebApplication MapPortalUi(this WebApplication app)
    {
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(Indonesian.Name);
            o.AddSupportedCultures(Indonesian.Name);
            o.AddSupportedUICultures(Indonesian.Name);
        });
        // Blazor sets this itself only while circuits' sockets are compressed; no other site may frame a staff page.
        app.Use((context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = "frame-ancestors 'self'";
            return next(context);
        });
        app.MapStaticAssets();
        // Render batches are small diffs; deflating them for every open board held acknowledgements back in bursts
        // and keeps a deflate state per socket, to save bytes an office network has (docs/decisions/0018).
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.DisableWebSocketCompression = true);
        return app;
    }
}
