using Portal.Cases;
using Portal.Components;
using Portal.Data;
using Portal.Demo;
using Portal.Identity;
using Portal.Sops;

var builder = WebApplication.CreateBuilder(args);

builder.AddTopLevelDevelopmentSettings();
builder.Services.AddSingleton(TimeProvider.System);
builder.AddPortalDatabase();
builder.AddPortalIdentity();
builder.AddSopLibrary();
builder.AddCases();
builder.AddDemoData();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

public partial class Program;
