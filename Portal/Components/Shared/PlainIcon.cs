using Microsoft.AspNetCore.Components;

namespace Portal.Components.Shared;

/// <summary>
/// A Material icon as the markup MudIcon draws, for layout parts that every circuit holds: built once into a static
/// field, each circuit's render tree points at the same string instead of holding a MudIcon component.
/// </summary>
public static class PlainIcon
{
    public static MarkupString Svg(string path, string classes = "") => new(
        $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-medium{(classes.Length == 0 ? "" : " " + classes)}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{path}</svg>");
}
