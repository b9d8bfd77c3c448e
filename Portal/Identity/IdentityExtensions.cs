using Microsoft.AspNetCore.Identity;
using Portal.Data;

namespace Portal.Identity;

public static class IdentityExtensions
{
    public static IHostApplicationBuilder AddPortalIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddIdentityCore<PortalUser>(o =>
            {
                o.User.RequireUniqueEmail = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Password.RequiredLength = 8;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders();
        builder.Services.AddHostedService<RoleSeeding>();
        return builder;
    }
}
