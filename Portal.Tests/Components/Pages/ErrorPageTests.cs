using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Pages;

public class ErrorPageTests
{
    [Fact]
    public async Task An_unhandled_error_shows_an_indonesian_page_with_a_reference_the_log_also_has_and_nothing_of_the_exception()
    {
        var log = new ConcurrentQueue<string>();
        await using var portal = new PortalFactory("Testing", testServices: s =>
        {
            s.AddSingleton<IStartupFilter, FailingPath>();
            s.AddSingleton<ILoggerProvider>(new ListLogger(log));
        });
        using var http = new HttpClient { BaseAddress = portal.Address };

        var response = await http.GetAsync("/uji-galat");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Terjadi kesalahan", html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain(FailingPath.Secret, html);
        Assert.DoesNotContain("Tugas Saya", html); // no staff menu for whoever reached it
        var reference = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"referensi-galat\">([^<]+)<").Groups[1].Value;
        Assert.NotEmpty(reference);
        Assert.Contains(log, line => line.Contains(reference) && line.Contains("/uji-galat"));
    }

    /// <summary>A path that fails after the portal's own pipeline found nothing for it.</summary>
    private sealed class FailingPath : IStartupFilter
    {
        public const string Secret = "NIK 6571011203850001";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/uji-galat", failing => failing.Run(_ => throw new InvalidOperationException(Secret)));
        };
    }

    private sealed class ListLogger(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception));
        public void Dispose() { }
    }
}
