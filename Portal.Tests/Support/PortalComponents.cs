using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Cases;
using Portal.Clients;
using Portal.Components;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Identity;
using Portal.Offices;
using Portal.Sops;

namespace Portal.Tests.Support;

/// <summary>
/// A bUnit context wired to the portal's real services over a real SQLite file (TestPortal), signed in as one actor.
/// Create it with <c>await using</c>: MudBlazor's services only dispose asynchronously.
/// </summary>
public static class PortalComponents
{
    public static BunitContext Create(TestPortal portal, Actor actor, int? seksiId = null)
    {
        // A wait is for a state the page reaches after real database reads: on a loaded 2-core machine, against
        // PostgreSQL, the first read of a fresh database can take longer than bUnit's one-second default.
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddPortalMudBlazor(o => o.PopoverOptions.CheckForPopoverProvider = false);
        ctx.Services.AddSingleton<TimeProvider>(portal.Clock);
        // Every portal singleton AddPortalCore() registered, as the running portal's own instances.
        foreach (var type in portal.Registrations.Where(d => d.Lifetime == ServiceLifetime.Singleton && IsPortals(d.ServiceType)).Select(d => d.ServiceType).Distinct())
            ctx.Services.AddSingleton(type, portal.Services.GetRequiredService(type));
        ctx.Services.AddScoped<CurrentStaff>();

        var auth = ctx.AddAuthorization();
        auth.SetAuthorized(actor.Name);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, actor.UserId),
            new(StaffClaims.OfficeId, actor.OfficeId.ToString()),
            new(StaffClaims.FullName, actor.Name),
        };
        if (seksiId is { } s) claims.Add(new Claim(StaffClaims.SeksiId, s.ToString()));
        // bUnit keeps the claims of the last call only: the role goes in with the others.
        claims.Add(new Claim(ClaimTypes.Role, actor.Role.Code()));
        auth.SetClaims([.. claims]);
        return ctx;
    }

    private static bool IsPortals(Type type) =>
        !type.IsGenericTypeDefinition && (type.Assembly == typeof(CaseWorkflow).Assembly || type.GenericTypeArguments.Any(t => t.Assembly == typeof(CaseWorkflow).Assembly));
}
