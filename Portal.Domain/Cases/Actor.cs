using Portal.Domain.Sops;

namespace Portal.Domain.Cases;

/// <summary>The signed-in staff member acting on a case.</summary>
public sealed record Actor(string UserId, string Name, StaffRole Role, int OfficeId);
