using Bunit;
using Portal.Components.Intake;
using Portal.Domain.Clients;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Intake;

public class NewClientFormTests
{
    private static async Task<(TestPortal, BunitContext)> ContextAsync()
    {
        var portal = await TestPortal.StartAsync(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        return (portal, PortalComponents.Create(portal, await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi)));
    }

    private static AngleSharp.Dom.IElement NikInput(IRenderedComponent<NewClientForm> cut) =>
        cut.Find("input[data-testid=nik], [data-testid=nik] input");

    [Theory]
    [InlineData("6571", "NIK harus 16 angka; yang diisi 4 angka.")]
    [InlineData("9971011203850001", "Kode provinsi '99' (angka 1–2) tidak dikenal.")]
    [InlineData("6571011213850001", "Bulan lahir dalam NIK (angka 9–10) '13' tidak sah: harus 01–12.")]
    public async Task A_wrong_nik_is_explained_as_it_is_typed(string typed, string message)
    {
        var (portal, ctx) = await ContextAsync();
        await using var _ = portal;
        await using var __ = ctx;
        var cut = ctx.Render<NewClientForm>();

        NikInput(cut).Input(typed);

        cut.WaitForAssertion(() => Assert.Contains(message, cut.Markup));
    }

    [Fact]
    public async Task A_valid_nik_shows_what_it_says_and_a_mismatched_sex_is_refused_without_clearing_the_form()
    {
        var (portal, ctx) = await ContextAsync();
        await using var _ = portal;
        await using var __ = ctx;
        ClientDetails? submitted = null;
        var cut = ctx.Render<NewClientForm>(p => p.Add(x => x.OnSubmit, d => submitted = d));

        cut.Find("input[data-testid=nama], [data-testid=nama] input").Input("Siti Aminah");
        NikInput(cut).Input("6571 0152 0385 0002");
        cut.WaitForAssertion(() => Assert.Contains("NIK sah: perempuan, lahir 12-03-1985", cut.Markup));

        cut.Find("button[data-testid=simpan-klien], [data-testid=simpan-klien] button").Click();
        cut.WaitForAssertion(() => Assert.Contains("NIK menunjukkan perempuan, tetapi jenis kelamin diisi laki-laki.", cut.Find("[data-testid=masalah-klien]").TextContent));
        Assert.Null(submitted);
        Assert.Equal("Siti Aminah", cut.Find("input[data-testid=nama], [data-testid=nama] input").GetAttribute("value"));

        cut.FindAll("input[type=radio]")[1].Click();
        cut.Find("button[data-testid=simpan-klien], [data-testid=simpan-klien] button").Click();
        cut.WaitForAssertion(() => Assert.NotNull(submitted));
        Assert.Equal(("Siti Aminah", "6571 0152 0385 0002", Sex.Perempuan), (submitted!.Nama, submitted.Nik, submitted.JenisKelamin));
    }

    [Fact]
    public async Task A_client_without_nik_needs_a_reason()
    {
        var (portal, ctx) = await ContextAsync();
        await using var _ = portal;
        await using var __ = ctx;
        var cut = ctx.Render<NewClientForm>();
        cut.Find("input[data-testid=nama], [data-testid=nama] input").Input("Budi");
        cut.Find("[data-testid=tanpa-nik] input, input[data-testid=tanpa-nik]").Change(true);
        cut.Find("button[data-testid=simpan-klien], [data-testid=simpan-klien] button").Click();
        cut.WaitForAssertion(() => Assert.Contains("Klien tanpa NIK: tuliskan alasannya", cut.Find("[data-testid=masalah-klien]").TextContent));
    }
}
