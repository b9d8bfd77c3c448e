using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Portal.Identity;

namespace Portal.Live;

/// <summary>
/// For clients outside Blazor (an office wall display, another app). No business logic: a connection joins its
/// office's groups for its role and seksi, and receives <see cref="CaseChanged"/>.
/// </summary>
[Authorize(Policy = IdentityExtensions.StaffPolicy)]
public sealed class BoardHub : Hub
{
    public const string CaseChanged = "caseChanged";

    public override async Task OnConnectedAsync()
    {
        var actor = Context.User?.ToActor();
        if (actor is null)
        {
            Context.Abort();
            return;
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, BoardGroups.Role(actor.OfficeId, actor.Role));
        if (Context.User!.Seksi() is { } seksi)
            await Groups.AddToGroupAsync(Context.ConnectionId, BoardGroups.Seksi(actor.OfficeId, seksi));
        await base.OnConnectedAsync();
    }
}

public static class BoardGroups
{
    public static string Role(int officeId, Domain.Sops.StaffRole role) => $"kantor:{officeId}:peran:{Domain.Sops.StaffRoles.Code(role)}";

    public static string Seksi(int officeId, int seksiId) => $"kantor:{officeId}:seksi:{seksiId}";

    /// <summary>
    /// The case's seksi, the roles it concerns, and the office's leaders. A connection in several of these
    /// groups may receive an event twice; the event id lets a client ignore the repeat.
    /// </summary>
    public static IReadOnlyList<string> For(BoardEvent e)
    {
        var groups = new List<string>();
        if (e.SeksiId is { } seksi) groups.Add(Seksi(e.OfficeId, seksi));
        var roles = e.Roles.Select(r => Domain.Sops.StaffRoles.TryParse(r, out var role) ? role : (Domain.Sops.StaffRole?)null).OfType<Domain.Sops.StaffRole>()
            .Concat([Domain.Sops.StaffRole.Kabid, Domain.Sops.StaffRole.Kadis]).Distinct();
        groups.AddRange(roles.Select(r => Role(e.OfficeId, r)));
        return groups;
    }
}
