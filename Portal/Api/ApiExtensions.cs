using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Identity;
using Scalar.AspNetCore;

namespace Portal.Api;

public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Calls one key may make per minute; more are answered 429.</summary>
    public int PermitPerMinute { get; set; } = 120;
}

public static class ApiExtensions
{
    public const string Policy = "api";
    public const string RateLimit = "api-per-key";

    /// <summary>The office's API keys, administered on a page: part of the portal's core services.</summary>
    public static IHostApplicationBuilder AddApiKeys(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ApiKeys>();
        return builder;
    }

    /// <summary>The web side of the read API: the key's authentication scheme, the per-key rate limit and the OpenAPI document.</summary>
    public static IHostApplicationBuilder AddReadApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().Bind(builder.Configuration.GetSection(ApiOptions.Section))
            .Validate(o => o.PermitPerMinute > 0, "Api:PermitPerMinute harus lebih dari 0.").ValidateOnStart();
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName)
            .RequireClaim(ApiKeyAuthentication.KeyIdClaim)
            .RequireClaim(StaffClaims.OfficeId));
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy<string, ApiRateLimit>(RateLimit);
        });
        builder.Services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true);
        builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DinsosPortal API";
            document.Info.Description = "Baca data kasus satu kantor dengan kunci API dari admin kantor (header Authorization: Bearer <kunci>).";
            return Task.CompletedTask;
        }));
        return builder;
    }

    /// <summary>/api/v1, and for admins the OpenAPI document and its reference page.</summary>
    public static WebApplication MapReadApi(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapApiV1();
        app.MapOpenApi("/openapi/{documentName}.json").RequireAuthorization(IdentityExtensions.AdminPolicy);
        app.MapScalarApiReference("/api/dokumentasi", o => o.WithTitle("DinsosPortal API").WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .RequireAuthorization(IdentityExtensions.AdminPolicy);
        return app;
    }
}

/// <summary>Calls per API key per minute (<c>Api:PermitPerMinute</c>); past it, an Indonesian problem detail.</summary>
internal sealed class ApiRateLimit(Microsoft.Extensions.Options.IOptions<ApiOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) => new ValueTask(ApiProblems.WriteAsync(
        context.HttpContext, StatusCodes.Status429TooManyRequests, "Terlalu banyak permintaan dengan kunci API ini.", "Tunggu satu menit lalu coba lagi."));

    public RateLimitPartition<string> GetPartition(HttpContext http)
    {
        var key = http.User.FindFirst(ApiKeyAuthentication.KeyIdClaim)?.Value ?? http.Connection.RemoteIpAddress?.ToString() ?? "?";
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = options.Value.PermitPerMinute, Window = TimeSpan.FromMinutes(1) });
    }
}
