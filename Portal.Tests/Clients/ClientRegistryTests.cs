using Microsoft.EntityFrameworkCore;
using Portal.Cases;
using Portal.Clients;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Clients;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Clients;

public class ClientRegistryTests
{
    private static ClientDetails Siti(string? nik = "6571015203850002") =>
        new("Siti Aminah", nik, nik is null ? "Tidak memiliki KTP" : null, null, Sex.Perempuan, null, null, null, null);

    [Fact]
    public async Task Typed_digits_search_the_nik_a_name_searches_names_and_another_office_finds_nothing()
    {
        await using var portal = await TestPortal.StartAsync(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var registry = portal.Get<ClientRegistry>();
        await registry.RegisterAsync(admin, Siti());

        Assert.Equal("NIK ••••0002", Assert.Single(await registry.SearchAsync(admin, "5203.85")).NikMasked);
        Assert.Single(await registry.SearchAsync(admin, "aminah"));
        Assert.Empty(await registry.SearchAsync(admin, "si"));
        Assert.Empty(await registry.SearchAsync(await portal.ActorAsync("lamandau", StaffRole.Pengadministrasi), "Siti"));
    }

    [Fact]
    public async Task The_same_nik_cannot_be_registered_twice_and_is_offered_as_a_likely_duplicate()
    {
        await using var portal = await TestPortal.StartAsync(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var registry = portal.Get<ClientRegistry>();
        var id = await registry.RegisterAsync(admin, Siti());

        Assert.Equal(id, Assert.Single(await registry.LikelyDuplicatesAsync(admin, Siti("65 7101 5203 85 0002"))).Id);
        var e = await Assert.ThrowsAsync<DomainRuleException>(() => registry.RegisterAsync(admin, Siti()));
        Assert.Contains("sudah terdaftar", e.Message);
    }

    [Fact]
    public async Task The_full_nik_is_revealed_only_to_a_role_of_the_cases_sop_and_each_reveal_is_logged()
    {
        await using var portal = await TestPortal.StartAsync(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var registry = portal.Get<ClientRegistry>();
        var client = await registry.RegisterAsync(admin, Siti());
        var caseId = await portal.Get<CaseWorkflow>().OpenAsync(admin, "rujukan-lk3", new CaseOpening(admin.OfficeId, null, [client], [], null));

        Assert.Equal("6571015203850002", await registry.RevealNikAsync(admin, client, caseId));
        // The LK3 SOP has no step for the petugas shelter, nor for an admin.
        foreach (var role in new[] { StaffRole.PetugasShelter, StaffRole.Admin })
            await Assert.ThrowsAsync<DomainRuleException>(async () => await registry.RevealNikAsync(await portal.ActorAsync("tarakan", role), client, caseId));
        var lamandau = await Assert.ThrowsAsync<DomainRuleException>(async () =>
            await registry.RevealNikAsync(await portal.ActorAsync("lamandau", StaffRole.Pengadministrasi), client, caseId));
        Assert.Equal("Klien tidak ditemukan.", lamandau.Message);

        await using var db = await portal.DbAsync(admin.OfficeId);
        var log = Assert.Single(await db.ClientDataAccess.ToListAsync());
        Assert.Equal((admin.UserId, client, caseId), (log.UserId, log.ClientId, log.CaseId!.Value));
    }
}
