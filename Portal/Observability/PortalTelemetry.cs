using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Portal.Observability;

/// <summary>
/// The portal's own traces and metrics, beside what ASP.NET Core, Kestrel, Blazor and EF Core emit. Static, as
/// <see cref="ActivitySource"/> and <see cref="Meter"/> are meant to be: they cost nothing while nobody listens.
/// </summary>
public static class PortalTelemetry
{
    public const string Name = "DinsosPortal";

    public static readonly ActivitySource Source = new(Name);
    /// <summary>Database command spans, apart: many per request, too many for a console.</summary>
    public static readonly ActivitySource Data = new($"{Name}.Data");
    private static readonly Meter Meter = new(Name);

    public static readonly Histogram<double> SweepDuration = Meter.CreateHistogram<double>(
        "dinsosportal.sweep.duration", "s", "How long one run of the deadline sweep took.");
    public static readonly Counter<long> SweepMarks = Meter.CreateCounter<long>(
        "dinsosportal.sweep.marks", "{mark}", "Marks the sweep made, by kind: warned, late, escalated, monev reminded, monev missed.");
    public static readonly Counter<long> BoardEvents = Meter.CreateCounter<long>(
        "dinsosportal.board.events", "{event}", "Case changes delivered to live boards, by kind.");
    public static readonly UpDownCounter<long> BoardSubscriptions = Meter.CreateUpDownCounter<long>(
        "dinsosportal.board.subscriptions", "{page}", "Open pages listening for their office's case changes.");
    public static readonly Histogram<double> BoardRedrawBehind = Meter.CreateHistogram<double>(
        "dinsosportal.board.redraw.behind", "s",
        "How far a live page was behind when it redrew: from the first change it had not drawn to its render sent (stage=sent) and on screen in the browser (stage=drawn); by page.");
    public static readonly Histogram<double> BoardRedrawDuration = Meter.CreateHistogram<double>(
        "dinsosportal.board.redraw.duration", "s",
        "One redraw of a live page: its reload until the render is sent (stage=reload), then until its browser has drawn it (stage=draw); by page.");
    public static readonly UpDownCounter<long> OpenCircuits = Meter.CreateUpDownCounter<long>(
        "dinsosportal.circuits.open", "{circuit}", "Blazor Server circuits (signed-in browser tabs) open now.");
}
