using System.Collections;
using System.Resources;
using Bunit;
using MudBlazor;
using Portal.Components;
using Portal.Domain.Sops;
using Portal.Tests.Support;

namespace Portal.Tests.Components;

public class IndonesianMudLocalizerTests
{
    // Components the portal does not use; their texts would never reach a user.
    private static readonly string[] Unused = ["MudDataGrid", "MudColorPicker", "MudCarousel", "HeatMap"];

    [Fact]
    public void Every_text_of_MudBlazor_the_portal_can_show_has_an_Indonesian_translation()
    {
        var assembly = typeof(MudButton).Assembly;
        var keys = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith("LanguageResource.resources")))
        {
            using var reader = new ResourceReader(assembly.GetManifestResourceStream(name)!);
            foreach (DictionaryEntry entry in reader) keys.Add((string)entry.Key);
        }

        Assert.NotEmpty(keys);
        var missing = keys.Where(k => !Unused.Any(k.StartsWith)).Except(IndonesianMudLocalizer.Keys).Order().ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public async Task A_numeric_fields_buttons_are_labelled_in_Indonesian()
    {
        await using var portal = await TestPortal.StartAsync();
        await using var ctx = PortalComponents.Create(portal, await portal.ActorAsync("tarakan", StaffRole.Admin));

        var numeric = ctx.Render<MudNumericField<int>>(p => p.Add(x => x.Value, 3).Add(x => x.Clearable, true));

        Assert.NotEmpty(numeric.FindAll("[aria-label='Tambah']"));
        Assert.NotEmpty(numeric.FindAll("[aria-label='Kurangi']"));
        Assert.DoesNotContain("Increment", numeric.Markup);
    }
}
