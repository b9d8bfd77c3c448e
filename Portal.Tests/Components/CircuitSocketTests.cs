using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Portal.Tests.Support;

namespace Portal.Tests.Components;

/// <summary>The socket a staff page's circuit runs over, opened as blazor.web.js opens it, over a real Kestrel port.</summary>
public class CircuitSocketTests
{
    [Fact]
    public async Task A_circuit_socket_is_not_compressed_even_when_the_browser_offers_it_and_no_other_site_may_frame_a_page()
    {
        await using var portal = new PortalFactory();
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = portal.Address };
        Assert.Equal(HttpStatusCode.Redirect, (await http.SignInAsync("peksos.tarakan", BrowserPortal.Password)).StatusCode);

        var page = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("frame-ancestors 'self'", Assert.Single(page.Headers.GetValues("Content-Security-Policy")));

        var negotiated = await http.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        negotiated.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await negotiated.Content.ReadAsStringAsync()).RootElement.GetProperty("connectionToken").GetString();
        using var socket = new ClientWebSocket();
        // What Chromium offers: permessage-deflate. A server that compresses answers it in Sec-WebSocket-Extensions.
        socket.Options.DangerousDeflateOptions = new WebSocketDeflateOptions();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Cookie", cookies.GetCookieHeader(portal.Address));
        var address = new UriBuilder(portal.Address) { Scheme = "ws", Path = "/_blazor", Query = $"id={token}" }.Uri;
        await socket.ConnectAsync(address, CancellationToken.None);

        Assert.Equal(WebSocketState.Open, socket.State);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, socket.HttpStatusCode);
        var extensions = socket.HttpResponseHeaders!.TryGetValue("Sec-WebSocket-Extensions", out var offered) ? string.Join(",", offered) : "";
        Assert.DoesNotContain("permessage-deflate", extensions);
    }
}
