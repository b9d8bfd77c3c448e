using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;

namespace Portal.Identity;

/// <summary>Adds the office, seksi and full name to the sign-in cookie so every request knows its office.</summary>
internal sealed class StaffClaimsFactory(
    UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, IDbContextFactory<PortalDbContext> dbFactory)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync();
        var office = await db.Offices.Where(o => o.Id == user.OfficeId).Select(o => o.Nama).SingleAsync();
        identity.AddClaim(new Claim(StaffClaims.OfficeId, user.OfficeId.ToString()));
        identity.AddClaim(new Claim(StaffClaims.OfficeName, office));
        identity.AddClaim(new Claim(StaffClaims.FullName, user.FullName));
        if (user.SeksiId is { } seksi) identity.AddClaim(new Claim(StaffClaims.SeksiId, seksi.ToString()));
        return identity;
    }
}
