using System.Security.Claims;
using Portal.Domain.Cases;
using Portal.Domain.Sops;

namespace Portal.Identity;

/// <summary>The claims a signed-in staff member carries, and the <see cref="Actor"/> they make.</summary>
public static class StaffClaims
{
    public const string OfficeId = "dinsos:office";
    public const string OfficeName = "dinsos:office_name";
    public const string SeksiId = "dinsos:seksi";
    public const string FullName = "dinsos:full_name";

    /// <summary>The actor, or null when the principal is not a complete staff identity (never guess an office).</summary>
    public static Actor? ToActor(this ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return null;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var office = user.FindFirstValue(OfficeId);
        var role = user.FindAll(ClaimTypes.Role).Select(c => StaffRoles.TryParse(c.Value, out var r) ? r : (StaffRole?)null).FirstOrDefault(r => r is not null);
        if (id is null || !int.TryParse(office, out var officeId) || role is null) return null;
        return new Actor(id, user.FindFirstValue(FullName) ?? user.Identity.Name ?? id, role.Value, officeId);
    }

    public static int? Seksi(this ClaimsPrincipal user) => int.TryParse(user.FindFirstValue(SeksiId), out var s) ? s : null;

    public static string OfficeLabel(this ClaimsPrincipal user) => user.FindFirstValue(OfficeName) ?? "";
}
