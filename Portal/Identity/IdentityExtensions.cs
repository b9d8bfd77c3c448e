using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Data;
using Portal.Domain.Sops;

namespace Portal.Identity;

public static class IdentityExtensions
{
    public const string StaffPolicy = "Staf";
    public const string AdminPolicy = "Admin";
    public const string LeadersPolicy = "Pimpinan";
    public const string ComplaintsPolicy = "Pengaduan";

    public static IHostApplicationBuilder AddPortalIdentity(this IHostApplicationBuilder builder)
    {
        // Cookie keys in the portal's database under one application name: a cookie issued by one instance is
        // accepted by every other instance on that database, and survives a restart or a move to another machine.
        builder.Services.AddDataProtection().SetApplicationName("DinsosPortal").PersistKeysToDbContext<PortalDbContext>();
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(cookies =>
            cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/Account/Login";
                o.AccessDeniedPath = "/Account/AccessDenied";
                o.Cookie.Name = "dinsosportal";
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                // Clients outside the browser pages (hub, downloads) get a status, not a sign-in page.
                o.Events.OnRedirectToLogin = ctx => StatusOrRedirect(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => StatusOrRedirect(ctx, StatusCodes.Status403Forbidden);
            }));
        builder.Services.AddIdentityCore<PortalUser>(o =>
            {
                o.User.RequireUniqueEmail = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Password.RequiredLength = 8;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddErrorDescriber<IndonesianIdentityErrors>()
            .AddDefaultTokenProviders();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireAuthenticatedUser().RequireClaim(StaffClaims.OfficeId))
            .AddPolicy(AdminPolicy, p => p.RequireClaim(StaffClaims.OfficeId).RequireRole(StaffRole.Admin.Code()))
            .AddPolicy(LeadersPolicy, p => p.RequireClaim(StaffClaims.OfficeId).RequireRole(StaffRole.Kabid.Code(), StaffRole.Kadis.Code()))
            .AddPolicy(ComplaintsPolicy, p => p.RequireClaim(StaffClaims.OfficeId).RequireRole(
                StaffRoles.All.Where(Domain.Complaints.Pengaduan.MayHandle).Select(r => r.Code()).ToArray()));
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, StaffRevalidatingStateProvider>();
        builder.Services.AddSingleton<StaffAdministration>();
        builder.Services.AddSingleton<StaffDirectory>();
        builder.Services.AddHostedService<RoleSeeding>();
        return builder;
    }

    private static Task StatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/hubs") || ctx.Request.Path.StartsWithSegments("/berkas"))
        {
            ctx.Response.StatusCode = status;
            // The page for a status is for people; re-executing it would turn this answer into a page.
            if (ctx.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        }
        else
            ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Sign-out is a POST with an antiforgery token, never a link.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/Account/Logout", async (HttpContext http, SignInManager<PortalUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        });
        return app;
    }
}
