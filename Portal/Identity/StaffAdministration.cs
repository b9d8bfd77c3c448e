using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Sops;

namespace Portal.Identity;

/// <summary>Cases handed over, and cases colleagues kept changing meanwhile (the admin runs the hand-over again for those).</summary>
public sealed record HandOverResult(int Moved, int Busy);

public sealed record NewStaff(string UserName, string FullName, StaffRole Role, int? SeksiId, string Password);

/// <summary>An office administrator's work on staff accounts. Every method checks the caller is that office's admin.</summary>
public sealed class StaffAdministration(IServiceScopeFactory scopes, IDbContextFactory<PortalDbContext> dbFactory, Cases.CaseWorkflow workflow)
{
    /// <returns>The problems, in Bahasa Indonesia; empty when created.</returns>
    public async Task<IReadOnlyList<string>> CreateAsync(Actor admin, NewStaff input)
    {
        EnsureAdmin(admin);
        if (string.IsNullOrWhiteSpace(input.FullName)) return ["Nama lengkap wajib diisi."];
        if (input.FullName.Length > 200) return ["Nama lengkap terlalu panjang (paling banyak 200 karakter)."];
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = input.UserName.Trim(), FullName = input.FullName.Trim(), OfficeId = admin.OfficeId, SeksiId = input.SeksiId };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded) return created.Errors.Select(e => e.Description).ToList();
        var role = await users.AddToRoleAsync(user, input.Role.Code());
        return role.Errors.Select(e => e.Description).ToList();
    }

    public async Task SetLockedAsync(Actor admin, string userId, bool locked)
    {
        EnsureAdmin(admin);
        if (userId == admin.UserId && locked) throw new DomainRuleException("Anda tidak dapat mengunci akun Anda sendiri.");
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await OwnUserAsync(users, admin, userId);
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked) await users.ResetAccessFailedCountAsync(user);
        // A new security stamp ends the locked user's open sessions at their next revalidation.
        await users.UpdateSecurityStampAsync(user);
    }

    /// <summary>
    /// When a staff member leaves: every active case assigned to them goes to the successor. Each case changes through
    /// the workflow (history, version check, board event); a case a colleague is changing at that moment is retried.
    /// </summary>
    public async Task<HandOverResult> HandOverOpenWorkAsync(Actor admin, string fromUserId, string toUserId)
    {
        EnsureAdmin(admin);
        List<Guid> cases;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.OfficeScope = admin.OfficeId;
            if (!await db.Users.AnyAsync(u => u.Id == fromUserId && u.OfficeId == admin.OfficeId))
                throw new DomainRuleException("Petugas tidak ditemukan di kantor Anda.");
            if (!await db.Users.AnyAsync(u => u.Id == toUserId && u.OfficeId == admin.OfficeId))
                throw new DomainRuleException("Petugas pengganti tidak ditemukan di kantor Anda.");
            cases = await db.Cases.Where(c => c.Status == CaseStatus.Aktif && c.Assignments.Any(a => a.UserId == fromUserId)).Select(c => c.Id).ToListAsync();
        }
        var busy = 0;
        foreach (var caseId in cases)
        {
            try
            {
                await workflow.ChangeAsync(admin, caseId, null, async (c, ct) =>
                {
                    foreach (var role in c.Case.Assignments.Where(a => a.UserId == fromUserId).Select(a => a.Role).ToList())
                        await workflow.AssignOnAsync(c, role, toUserId, admin, ct);
                });
            }
            catch (Cases.CaseChangedException)
            {
                busy++;
            }
        }
        return new HandOverResult(cases.Count - busy, busy);
    }

    private static void EnsureAdmin(Actor actor)
    {
        if (actor.Role != StaffRole.Admin) throw new DomainRuleException("Hanya admin kantor yang dapat mengelola pengguna.");
    }

    private static async Task<PortalUser> OwnUserAsync(UserManager<PortalUser> users, Actor admin, string userId)
    {
        var user = await users.FindByIdAsync(userId);
        return user is not null && user.OfficeId == admin.OfficeId ? user : throw new DomainRuleException("Pengguna tidak ditemukan.");
    }
}
