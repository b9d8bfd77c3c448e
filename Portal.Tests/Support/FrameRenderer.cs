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
        var found = Found(frames, testId);
        var markup = found.SelectMany(range => frames[range].Where(f => f.FrameType == RenderTreeFrameType.Markup).Select(f => f.MarkupContent));
        return (found.Count, markup.ToList());
    }

    /// <summary>
    /// The elements inside each <paramref name="testId"/> element whose own text comes in more than one frame (each
    /// frame one text node in the browser), as their pieces joined by '|'.
    /// </summary>
    public static IReadOnlyList<string> SplitTextInside(RenderTreeFrame[] frames, string testId)
    {
        var split = new List<string>();
        foreach (var range in Found(frames, testId))
            for (var i = range.Start.Value; i < range.End.Value; i++)
                if (frames[i].FrameType == RenderTreeFrameType.Element && OwnText(frames, i) is { Count: > 1 } pieces)
                    split.Add(string.Join("|", pieces));
        return split;
    }

    // An element's text children, through regions (a region is no node in the browser) but not into child elements.
    private static List<string> OwnText(RenderTreeFrame[] frames, int element)
    {
        var pieces = new List<string>();
        var end = element + frames[element].ElementSubtreeLength;
        for (var i = element + 1; i < end; i++)
        {
            switch (frames[i].FrameType)
            {
                case RenderTreeFrameType.Text: pieces.Add(frames[i].TextContent); break;
                case RenderTreeFrameType.Markup: pieces.Add(frames[i].MarkupContent); break;
                case RenderTreeFrameType.Element: i += frames[i].ElementSubtreeLength - 1; break;
                case RenderTreeFrameType.Component: i += frames[i].ComponentSubtreeLength - 1; break;
            }
        }
        return pieces;
    }

    private static List<Range> Found(RenderTreeFrame[] frames, string testId)
    {
        var found = new List<Range>();
        for (var i = 0; i < frames.Length; i++)
        {
            if (frames[i].FrameType != RenderTreeFrameType.Element || !HasTestId(frames, i, testId)) continue;
            found.Add(i..(i + frames[i].ElementSubtreeLength));
            i += frames[i].ElementSubtreeLength - 1;
        }
        return found;
    }

    private static bool HasTestId(RenderTreeFrame[] frames, int element, string testId)
    {
        for (var a = element + 1; a < frames.Length && frames[a].FrameType == RenderTreeFrameType.Attribute; a++)
            if (frames[a].AttributeName == "data-testid" && frames[a].AttributeValue as string == testId) return true;
        return false;
    }
}
