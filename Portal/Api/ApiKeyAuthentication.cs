using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Portal.Domain.Sops;
using Portal.Identity;

namespace Portal.Api;

/// <summary>
/// Signs in a call to /api/v1 by its key (<c>Authorization: Bearer dpk_…</c> or <c>X-Api-Key</c>). The caller reads
/// its key's office as a Kepala Bidang would (the whole office, read only); it never reaches the staff pages,
/// which only accept the sign-in cookie.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string KeyIdClaim = "dinsosportal:api_key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? auth["Bearer ".Length..].Trim()
            : Request.Headers["X-Api-Key"].ToString();
        if (string.IsNullOrEmpty(presented)) return AuthenticateResult.NoResult();
        var key = await keys.FindActiveAsync(presented, Context.RequestAborted);
        if (key is null) return AuthenticateResult.Fail("kunci tidak dikenal atau sudah dicabut");
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, $"api:{key.Id}"),
            new Claim(StaffClaims.FullName, $"Kunci API {key.Name}"),
            new Claim(StaffClaims.OfficeId, key.OfficeId.ToString()),
            new Claim(ClaimTypes.Role, StaffRole.Kabid.Code()),
            new Claim(KeyIdClaim, key.Id.ToString()),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Kunci API tidak ada, tidak dikenal, atau sudah dicabut.",
            "Kirim kunci dari admin kantor Anda di header Authorization: Bearer <kunci>.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Kunci API ini tidak boleh membaca data tersebut.", null);
}

/// <summary>RFC 7807 problem details in Bahasa Indonesia.</summary>
public static class ApiProblems
{
    public static Task WriteAsync(HttpContext http, int status, string title, string? detail)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail },
            options: null, contentType: "application/problem+json");
    }
}
