using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components;
using Portal.Cases;
using Portal.Components.Kanban;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Sops;
using Portal.Live;
using Portal.Sops;

namespace Bench;

/// <summary>The seksi kanban of one SOP with 5,000 open cases: its query, and rendering the board.</summary>
internal static class KanbanBench
{
    private const int Samples = 10;

    public static async Task<IReadOnlyList<Row>> RunAsync(int cases, bool postgres)
    {
        var now = new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
        await using var host = await BenchHost.StartAsync(now, postgres);
        var factory = host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        int officeId, revisionId, seksiId;
        await using (var db = await factory.CreateDbContextAsync())
        {
            officeId = await db.Offices.Where(o => o.Kode == "tarakan").Select(o => o.Id).SingleAsync();
            seksiId = await db.Seksi.Where(s => s.OfficeId == officeId).Select(s => s.Id).FirstAsync();
            revisionId = await db.SopRevisions.IgnoreQueryFilters()
                .Where(r => db.Sops.IgnoreQueryFilters().Any(s => s.Id == r.SopId && s.Kode == "pemulangan-orang-terlantar")).Select(r => r.Id).SingleAsync();
        }
        for (var step = 1; step <= 8; step++)
            await CaseSeeder.SeedAsync(host.Seeds, officeId, seksiId, revisionId, "pemulangan-orang-terlantar", "Pelayanan Pemulangan Orang Terlantar",
                cases / 8, 2, 0, now, openStepNo: step);
        // Cases whose peksos step is ready to complete: the change a colleague makes while the boards are open.
        var ready = await CaseSeeder.SeedAsync(host.Seeds, officeId, seksiId, revisionId, "pemulangan-orang-terlantar", "Pelayanan Pemulangan Orang Terlantar",
            Samples, 2, 0, now, openStepNo: 6, role: (int)StaffRole.Peksos, ticked: ["Formulir layanan sosial masuk shelter"]);
        var open = cases / 8 * 8 + Samples;

        var actor = new Actor("bench", "Bench", StaffRole.Peksos, officeId);
        var queries = host.Services.GetRequiredService<CaseQueries>();
        var events = host.Services.GetRequiredService<BoardEvents>();
        IReadOnlyList<StepCard> cards = [];
        IReadOnlyList<BoardColumnCount> counts = [];
        async Task ReadAsync()
        {
            cards = await queries.BoardAsync(actor, seksiId, "pemulangan-orang-terlantar");
            counts = await queries.BoardCountsAsync(actor, seksiId, "pemulangan-orang-terlantar");
        }
        await ReadAsync();
        // An office-wide event (no case named) or the minute's age: the first board to ask loads the whole shared read.
        var fullMs = await Measure.MedianMsAsync(Samples, async () =>
        {
            await events.PublishAsync(new BoardEvent(Guid.NewGuid(), officeId, seksiId, null, "bench", null, [], now));
            await ReadAsync();
        });
        // A colleague completes a step: the first board to ask mends the shared read with that case; the others read it from memory.
        var workflow = host.Services.GetRequiredService<CaseWorkflow>();
        var mended = new List<double>();
        foreach (var (caseId, stepId) in ready)
        {
            await workflow.CompleteStepAsync(actor, caseId, 1, stepId, new(null, null, null));
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await ReadAsync();
            mended.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (cards.Any(c => c.CaseId == caseId && c.StepNo != 7) || counts.Sum(c => c.Count) != open)
                throw new InvalidOperationException("Papan tidak memuat langkah yang baru diselesaikan.");
        }
        var mendMs = Measure.Percentile(mended, 0.5);
        var warmMs = await Measure.MedianMsAsync(Samples, ReadAsync);
        if (counts.Sum(c => c.Count) != open) throw new InvalidOperationException($"Hitungan kolom {counts.Sum(c => c.Count)}, seharusnya {open}.");

        var sop = await host.Services.GetRequiredService<SopCache>().DefinitionAsync(revisionId);
        // Blazor's own renderer producing the board's HTML, as the server does for a circuit (no browser DOM).
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPortalMudBlazor(o => o.PopoverOptions.CheckForPopoverProvider = false);
        services.AddSingleton<IJSRuntime, NoJs>();
        services.AddSingleton<NavigationManager, BenchNavigation>();
        foreach (var type in new[] { typeof(CaseWorkflow), typeof(SopLibrary), typeof(SopCache), typeof(BoardEvents), typeof(CaseDetailQuery) })
            services.AddSingleton(type, host.Services.GetRequiredService(type));
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        var html = 0;
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(KanbanBoard.Actor)] = actor, [nameof(KanbanBoard.Sop)] = sop, [nameof(KanbanBoard.Cards)] = cards, [nameof(KanbanBoard.Counts)] = counts,
        });
        var renderMs = await Measure.MedianMsAsync(10, () => renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<KanbanBoard>(parameters);
            html = output.ToHtmlString().Length;
        }));
        Console.Error.WriteLine($"  papan: {html / 1024:N0} KB HTML");
        return
        [
            new(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Papan seksi: bacaan bersama penuh ({open:N0} kasus terbuka, semua langkah berjalan; {cards.Count} kartu + hitungan kolom tepat; kejadian tanpa kasus, atau tiap menit)"),
                Measure.Ms(fullMs), "", null),
            new("Papan seksi: bacaan pertama setelah satu langkah diselesaikan (bacaan bersama diperbaiki dengan kasus itu)", Measure.Ms(mendMs), "", null),
            new("Papan seksi: bacaan tiap papan lain dari data bersama", Measure.Ms(warmMs), "", null),
            new("Papan seksi: render HTML oleh renderer Blazor (9 kolom, maks. 60 kartu per kolom)", Measure.Ms(renderMs), "", null),
            new("Papan seksi: kueri (bacaan pertama setelah langkah diselesaikan) + render", Measure.Ms(mendMs + renderMs), "< 100 ms", mendMs + renderMs < 100),
            new("Papan seksi: kueri penuh + render", Measure.Ms(fullMs + renderMs), "", null),
        ];
    }
}

/// <summary>Server-side rendering calls no JavaScript; MudBlazor's after-render calls are answered with nothing.</summary>
internal sealed class NoJs : IJSRuntime
{
    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult(default(TValue)!);
    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => ValueTask.FromResult(default(TValue)!);
}

internal sealed class BenchNavigation : NavigationManager
{
    public BenchNavigation() => Initialize("http://localhost/", "http://localhost/papan");

    protected override void NavigateToCore(string uri, bool forceLoad)
    {
    }
}
