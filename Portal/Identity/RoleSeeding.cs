using Microsoft.AspNetCore.Identity;
using Portal.Domain.Sops;

namespace Portal.Identity;

/// <summary>Makes sure every staff role exists as an Identity role, named by its code.</summary>
internal sealed class RoleSeeding(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role.Code()))
                await roles.CreateAsync(new IdentityRole(role.Code()));
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
