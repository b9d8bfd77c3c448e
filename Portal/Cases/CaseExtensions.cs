using Microsoft.AspNetCore.Authorization;
using Portal.Identity;

namespace Portal.Cases;

public static class CaseExtensions
{
    public static IHostApplicationBuilder AddCases(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AttachmentOptions>()
            .Bind(builder.Configuration.GetSection(AttachmentOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Directory), "Attachments:Directory belum diatur.")
            .ValidateOnStart();
        builder.Services.AddSingleton<CaseWorkflow>();
        builder.Services.AddSingleton<CaseQueries>();
        builder.Services.AddSingleton<CaseDetailQuery>();
        builder.Services.AddSingleton<AttachmentStore>();
        return builder;
    }

    /// <summary>Attachments are downloaded through the portal, for staff of the case's office only.</summary>
    public static IEndpointRouteBuilder MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/berkas/{id:guid}", async (Guid id, HttpContext http, AttachmentStore store) =>
        {
            var actor = http.User.ToActor();
            if (actor is null) return Results.Challenge();
            var found = await store.OpenAsync(actor, id, http.RequestAborted);
            return found is { } f && File.Exists(f.Path)
                ? Results.File(f.Path, f.Attachment.ContentType, f.Attachment.FileName)
                : Results.NotFound();
        }).RequireAuthorization(IdentityExtensions.StaffPolicy);
        return app;
    }
}
