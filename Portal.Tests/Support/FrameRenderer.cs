using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.Logging.Abstractions;

// BL0006 warns that the render tree types may change between Blazor releases. Reading them is this class's purpose:
// should they change, these tests stop compiling, which is the notice wanted.
#pragma warning disable BL0006

namespace Portal.Tests.Support;

/// <summary>
/// Renders a component as a circuit does and keeps its render tree frames: what the browser is sent, frame by frame.
/// bUnit's HTML cannot show it: a text frame and a markup frame of the same words render the same HTML, but the
/// browser inserts the first as a text node and parses the second as HTML.
/// </summary>
public sealed class FrameRenderer(IServiceProvider services) : Renderer(services, NullLoggerFactory.Instance)
{
    public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();

    protected override RendererInfo RendererInfo { get; } = new("Server", isInteractive: true);

    protected override void HandleException(Exception exception) => ExceptionDispatchInfo.Capture(exception).Throw();

    protected override Task UpdateDisplayAsync(in RenderBatch renderBatch) => Task.CompletedTask;

    /// <summary>The frames of <typeparamref name="TComponent"/>'s own render tree, once it and its children have loaded.</summary>
    public Task<RenderTreeFrame[]> RenderAsync<TComponent>(IDictionary<string, object?>? parameters = null) where TComponent : IComponent =>
        Dispatcher.InvokeAsync(async () =>
        {
            var id = AssignRootComponentId(InstantiateComponent(typeof(TComponent)));
            await RenderRootComponentAsync(id, parameters is null ? ParameterView.Empty : ParameterView.FromDictionary(parameters));
            var frames = GetCurrentRenderTreeFrames(id);
            return frames.Array[..frames.Count];
        });

    /// <summary>How many elements have <paramref name="testId"/> as their data-testid, and the markup frames inside them.</summary>
    public static (int Elements, IReadOnlyList<string> Markup) MarkupInside(RenderTreeFrame[] frames, string testId)
    {
        var elements = 0;
        var markup = new List<string>();
        for (var i = 0; i < frames.Length; i++)
        {
            if (frames[i].FrameType != RenderTreeFrameType.Element || !HasTestId(frames, i, testId)) continue;
            elements++;
            var end = i + frames[i].ElementSubtreeLength;
            markup.AddRange(frames[i..end].Where(f => f.FrameType == RenderTreeFrameType.Markup).Select(f => f.MarkupContent));
            i = end - 1;
        }
        return (elements, markup);
    }

    private static bool HasTestId(RenderTreeFrame[] frames, int element, string testId)
    {
        for (var a = element + 1; a < frames.Length && frames[a].FrameType == RenderTreeFrameType.Attribute; a++)
            if (frames[a].AttributeName == "data-testid" && frames[a].AttributeValue as string == testId) return true;
        return false;
    }
}
