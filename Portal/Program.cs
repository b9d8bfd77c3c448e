using Portal;
using Portal.Api;
using Portal.Cases;
using Portal.Components;
using Portal.Data;
using Portal.Deadlines;
using Portal.Demo;
using Portal.Exports;
using Portal.Health;
using Portal.Identity;
using Portal.Live;
using Portal.Observability;
using Portal.Reports;
using Portal.Skm;
using Portal.Sops;
using Portal.Testing;

try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.AddTopLevelDevelopmentSettings();
    builder.AddClock();
    builder.AddPortalCore();
    builder.AddObservability();
    builder.AddTimedWork();
    builder.AddHealth();
    builder.AddDemoData();
    builder.AddReadApi();
    builder.AddPortalUi();

    var app = builder.Build();

    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
    }
    app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseAntiforgery();

    app.MapPortalUi();
    app.MapAccountEndpoints();
    app.MapCaseEndpoints();
    app.MapReadApi();
    app.MapExports();
    app.MapSopLibrary();
    app.MapReports();
    app.MapSkm();
    app.MapLiveBoards();
    app.MapTimedWorkDashboard();
    app.MapTestingClock();
    app.MapHealth();

    app.Run();
    return 0;
}
catch (ConfigurationProblem problem)
{
    // A setting the operator must fix: the line that names it, not a stack trace.
    Console.Error.WriteLine(problem.Message);
    return 1;
}

public partial class Program;
