using Microsoft.AspNetCore.Identity;

namespace Portal.Identity;

/// <summary>A staff member: one office, one seksi, one role (held as an Identity role named by its code).</summary>
public sealed class PortalUser : IdentityUser
{
    public required string FullName { get; set; }
    public int OfficeId { get; set; }
    public int? SeksiId { get; set; }
}
