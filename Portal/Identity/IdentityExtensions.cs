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

    public static IHostApplicationBuilder AddPortalIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(cookies =>
            cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/Account/Login";
                o.AccessDeniedPath = "/Account/AccessDenied";
                o.Cookie.Name = "dinsosportal";
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
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
            .AddPolicy(LeadersPolicy, p => p.RequireClaim(StaffClaims.OfficeId).RequireRole(StaffRole.Kabid.Code(), StaffRole.Kadis.Code()));
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, StaffRevalidatingStateProvider>();
        builder.Services.AddSingleton<StaffAdministration>();
        builder.Services.AddHostedService<RoleSeeding>();
        return builder;
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
