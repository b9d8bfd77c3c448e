using Portal.Api;
using Portal.Cases;
using Portal.Clients;
using Portal.Complaints;
using Portal.Dashboard;
using Portal.Data;
using Portal.Deadlines;
using Portal.Documents;
using Portal.Exports;
using Portal.Identity;
using Portal.Live;
using Portal.Notifications;
using Portal.Reports;
using Portal.Skm;
using Portal.Sops;

namespace Portal;

public static class PortalCore
{
    /// <summary>
    /// Every service of the portal behind its screens: the web app, the tests and the benchmark all start from this
    /// one list, so a new service cannot be missing from any of them. Not here: the clock, the scheduler
    /// (<see cref="DeadlineExtensions.AddTimedWork"/>), demo data and the UI.
    /// </summary>
    public static IHostApplicationBuilder AddPortalCore(this IHostApplicationBuilder builder) => builder
        .AddPortalDatabase()
        .AddPortalIdentity()
        .AddSopLibrary()
        .AddClients()
        .AddCases()
        .AddDocuments()
        .AddApiKeys()
        .AddExports()
        .AddReports()
        .AddSkm()
        .AddComplaints()
        .AddNotifications()
        .AddDashboard()
        .AddLiveBoards()
        .AddDeadlines();
}
