using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Portal.Components.Documents;
using Portal.Documents;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Documents;

public class LetterTemplateUploadTests
{
    [Fact]
    public async Task An_admin_uploads_a_revision_and_a_broken_file_is_refused_with_its_line()
    {
        await using var portal = await TestPortal.StartAsync();
        var admin = await portal.ActorAsync("tarakan", StaffRole.Admin);
        await using var ctx = PortalComponents.Create(portal, admin);
        var cut = ctx.Render<LetterTemplateUpload>(p => p.Add(x => x.Actor, admin));
        var seed = File.ReadAllText(Path.Combine(Repo.Seeds, "tarakan", "surat", "surat-rujukan.yaml"));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(seed.Replace("{klien.alamat}", "{klien.alamt}"), "surat-rujukan.yaml"));
        cut.WaitForAssertion(() => Assert.Contains("ditolak; tidak ada yang dimuat", cut.Find("[data-testid=hasil-unggah-templat]").TextContent));
        Assert.Contains("kolom '{klien.alamt}' tidak dikenal", cut.Find("[data-testid=galat-templat]").TextContent);
        Assert.StartsWith("surat-rujukan.yaml baris ", cut.Find("[data-testid=galat-templat]").TextContent.Trim());

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(seed.Replace("Atas kerja sama", "Atas bantuan"), "surat-rujukan.yaml"));
        cut.WaitForAssertion(() => Assert.Contains("Templat surat-rujukan dimuat sebagai revisi 2", cut.Find("[data-testid=hasil-unggah-templat]").TextContent));
        var current = (await portal.Get<LetterTemplates>().CurrentAsync(admin.OfficeId))["surat-rujukan"].Template;
        Assert.Contains(current.Paragraf, p => p.StartsWith("Atas bantuan"));
    }
}
