using System.Net;
using Portal.Tests.Support;

namespace Portal.Tests.Health;

public class HealthTests
{
    [Fact]
    public async Task Liveness_and_readiness_answer_anyone_with_a_status_word_and_nothing_else()
    {
        await using var portal = new PortalFactory();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = portal.Address };

        foreach (var path in new[] { "/healthz", "/healthz/ready" })
        {
            var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Readiness_fails_when_the_database_is_gone_and_says_only_that()
    {
        await using var portal = new PortalFactory();
        using var http = new HttpClient { BaseAddress = portal.Address };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz/ready")).StatusCode);

        await TestDatabase.BreakAsync(portal.DataFolder);

        var ready = await http.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        // The process itself still answers: a load balancer stops sending work, nothing restarts it.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
    }
}
