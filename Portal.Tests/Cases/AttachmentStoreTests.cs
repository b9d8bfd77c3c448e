using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Cases;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Cases;

public class AttachmentStoreTests
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8.ToArray(), .. new byte[2048]];

    private static async Task<(TestPortal, Actor, Guid)> CaseAsync()
    {
        var portal = await TestPortal.StartAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Pengadministrasi);
        var id = await portal.Get<CaseWorkflow>().OpenAsync(admin, "pemulangan-orang-terlantar",
            new CaseOpening(admin.OfficeId, null, [await portal.AddClientAsync(admin.OfficeId)], [], null));
        return (portal, admin, id);
    }

    [Fact]
    public async Task A_pdf_is_kept_by_id_outside_the_web_root_and_its_upload_is_in_the_history()
    {
        var (portal, admin, id) = await CaseAsync();
        await using var _ = portal;
        var store = portal.Get<AttachmentStore>();

        var attachmentId = await store.SaveAsync(admin, id, "../../etc/surat keterangan.pdf", new MemoryStream(Pdf), Pdf.Length);

        var saved = Assert.Single(await store.ListAsync(admin, id));
        Assert.Equal(("surat keterangan.pdf", "application/pdf", Pdf.LongLength), (saved.FileName, saved.ContentType, saved.Bytes));
        var (_, path) = (await store.OpenAsync(admin, attachmentId))!.Value;
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(path));
        Assert.DoesNotContain("wwwroot", path);
        Assert.EndsWith(attachmentId.ToString("N"), path);
        var history = (await portal.Get<CaseDetailQuery>().LoadAsync(admin, id))!.History;
        Assert.Equal("Melampirkan berkas 'surat keterangan.pdf' (2 KB)", history[^1].Description);

        var lamandau = await portal.ActorAsync("lamandau", StaffRole.Pengadministrasi);
        Assert.Null(await store.OpenAsync(lamandau, attachmentId));
    }

    [Fact]
    public async Task A_file_that_is_not_pdf_jpg_or_png_or_is_too_big_is_refused_and_nothing_is_left_behind()
    {
        var (portal, admin, id) = await CaseAsync();
        await using var _ = portal;
        var store = portal.Get<AttachmentStore>();

        var wrong = await Assert.ThrowsAsync<DomainRuleException>(() =>
            store.SaveAsync(admin, id, "foto.jpg", new MemoryStream("MZ not an image"u8.ToArray()), 15));
        Assert.Equal("Berkas 'foto.jpg' bukan PDF, JPG atau PNG.", wrong.Message);
        var big = await Assert.ThrowsAsync<DomainRuleException>(() =>
            store.SaveAsync(admin, id, "besar.pdf", new MemoryStream(Pdf), store.MaxBytes + 1));
        Assert.Contains("terlalu besar", big.Message);

        Assert.Empty(await store.ListAsync(admin, id));
        var folder = Path.Combine(portal.Folder, "berkas");
        Assert.True(!Directory.Exists(folder) || Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length == 0);
    }

    [Fact]
    public async Task Downloading_needs_a_signed_in_user_of_the_same_office()
    {
        await using var portal = new PortalFactory();
        var address = portal.Address;
        var services = portal.Services;
        using var tarakan = await StaffHttpClient.SignedInAsync(address, "pengadministrasi.tarakan");
        var admin = await portal.ActorAsync("pengadministrasi.tarakan");
        var caseId = (await services.GetRequiredService<CaseQueries>().TasksForAsync(admin)).First().CaseId;
        var id = await services.GetRequiredService<AttachmentStore>().SaveAsync(admin, caseId, "berita acara.pdf", new MemoryStream(Pdf), Pdf.Length);

        var ok = await tarakan.GetAsync($"/berkas/{id}");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(Pdf, await ok.Content.ReadAsByteArrayAsync());
        Assert.Equal("berita acara.pdf", ok.Content.Headers.ContentDisposition?.FileNameStar ?? ok.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        using var lamandau = await StaffHttpClient.SignedInAsync(address, "pengadministrasi.lamandau");
        Assert.Equal(HttpStatusCode.NotFound, (await lamandau.GetAsync($"/berkas/{id}")).StatusCode);
        using var anonymous = StaffHttpClient.Create(address);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/berkas/{id}")).StatusCode);
    }
}
