using Portal.Domain.Sops;

namespace Portal.Domain.Cases;

/// <summary>The signed-in staff member acting on a case.</summary>
public sealed record Actor(string UserId, string Name, StaffRole Role, int OfficeId)
{
    public const string SystemUserId = "sistem";

    /// <summary>The portal itself, for timed work (deadline flags); never a signed-in user.</summary>
    public static Actor System(int officeId) => new(SystemUserId, "Sistem DinsosPortal", StaffRole.Admin, officeId);
}
