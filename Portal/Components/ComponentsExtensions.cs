using System.Globalization;
using MudBlazor.Services;

namespace Portal.Components;

public static class ComponentsExtensions
{
    public static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>Blazor Server with MudBlazor, in Bahasa Indonesia.</summary>
    public static IHostApplicationBuilder AddPortalUi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddScoped<CurrentStaff>();
        CultureInfo.DefaultThreadCurrentCulture = Indonesian;
        CultureInfo.DefaultThreadCurrentUICulture = Indonesian;
        return builder;
    }

    public static WebApplication MapPortalUi(this WebApplication app)
    {
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(Indonesian.Name);
            o.AddSupportedCultures(Indonesian.Name);
            o.AddSupportedUICultures(Indonesian.Name);
        });
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
