using Microsoft.Extensions.Options;
using Portal.Identity;
using Portal.Offices;

namespace Portal.Sops;

public static class SopLibraryExtensions
{
    /// <summary>The offices and SOP library, loaded from <c>seeds/</c> at every start.</summary>
    public static IHostApplicationBuilder AddSopLibrary(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SeedOptions>()
            .Bind(builder.Configuration.GetSection(SeedOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Directory), "Seeds:Directory belum diatur.")
            .ValidateOnStart();
        builder.Services.AddSingleton<OfficeSeeder>();
        builder.Services.AddSingleton<OfficeCalendars>();
        builder.Services.AddSingleton<OfficeCalendarAdministration>();
        builder.Services.AddSingleton<SopLibrary>();
        builder.Services.AddSingleton<SopCache>();
        builder.Services.AddSingleton<SeedLoadReport>();
        builder.Services.AddSingleton<SeedDirectory>();
        builder.Services.AddSingleton<SopLibraryQueries>();
        builder.Services.AddHostedService<SeedOnStart>();
        return builder;
    }

    /// <summary>The blank spreadsheet template of an SOP table, with the administrator's office columns.</summary>
    public static IEndpointRouteBuilder MapSopLibrary(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sop/templat.xlsx", async (HttpContext http, SopLibrary library) =>
        {
            var actor = http.User.ToActor()!;
            var (_, vocabulary) = await library.OfficeWordsAsync(actor.OfficeId, http.RequestAborted);
            return Results.File(SopSpreadsheet.Template(vocabulary), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "templat-sop.xlsx");
        }).RequireAuthorization(IdentityExtensions.AdminPolicy);
        return app;
    }

    private sealed class SeedOnStart(SeedDirectory seeds) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) => seeds.LoadAsync(ct);
        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
