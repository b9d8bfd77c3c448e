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
    public async Task A_valid_nik_fills_sex_and_birth_date_so_the_client_saves_as_typed()
    {
        var (portal, ctx) = await ContextAsync();
        await using var _ = portal;
        await using var __ = ctx;
        ClientDetails? submitted = null;
        var cut = ctx.Render<NewClientForm>(p => p.Add(x => x.OnSubmit, d => submitted = d));

        TypeSitiAminah(cut);
        Assert.Contains("NIK sah: perempuan, lahir 12-03-1985", cut.Markup);

        Submit(cut);
        cut.WaitForAssertion(() => Assert.NotNull(submitted));
        Assert.Equal(("Siti Aminah", "6571 0152 0385 0002", Sex.Perempuan, (DateOnly?)new DateOnly(1985, 3, 12)),
            (submitted!.Nama, submitted.Nik, submitted.JenisKelamin, submitted.TanggalLahir));
    }

    [Fact]
    public async Task A_sex_changed_against_the_nik_is_refused_without_clearing_the_form_and_a_corrected_nik_clears_the_error()
    {
        var (portal, ctx) = await ContextAsync();
        await using var _ = portal;
        await using var __ = ctx;
        ClientDetails? submitted = null;
        var cut = ctx.Render<NewClientForm>(p => p.Add(x => x.OnSubmit, d => submitted = d));
        TypeSitiAminah(cut);

        cut.FindAll("input[type=radio]")[0].Click();
        Submit(cut);
        cut.WaitForAssertion(() => Assert.Contains("NIK menunjukkan perempuan, tetapi jenis kelamin diisi laki-laki.", cut.Find("[data-testid=masalah-klien]").TextContent));
        Assert.Null(submitted);
        Assert.Equal("Siti Aminah", cut.Find("input[data-testid=nama], [data-testid=nama] input").GetAttribute("value"));

        NikInput(cut).Input("6571 0112 0385 0002");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=masalah-klien]")));
        Submit(cut);
        cut.WaitForAssertion(() => Assert.NotNull(submitted));
        Assert.Equal(Sex.LakiLaki, submitted!.JenisKelamin);
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
        Submit(cut);
        cut.WaitForAssertion(() => Assert.Contains("Klien tanpa NIK: tuliskan alasannya", cut.Find("[data-testid=masalah-klien]").TextContent));
    }

    private static void TypeSitiAminah(IRenderedComponent<NewClientForm> cut)
    {
        cut.Find("input[data-testid=nama], [data-testid=nama] input").Input("Siti Aminah");
        NikInput(cut).Input("6571 0152 0385 0002");
        cut.WaitForAssertion(() => Assert.Contains("NIK sah: perempuan", cut.Markup));
    }

    private static void Submit(IRenderedComponent<NewClientForm> cut) =>
        cut.Find("button[data-testid=simpan-klien], [data-testid=simpan-klien] button").Click();
}
