using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;

namespace Portal.Live;

/// <summary>Where an office's board events are posted, and the secret that signs them.</summary>
public sealed class WebhookTarget
{
    public string Url { get; set; } = "";
    public string Secret { get; set; } = "";
}

/// <summary><c>Webhooks:&lt;kantor&gt;:Url</c> and <c>:Secret</c>, one entry per office that wants its events pushed.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";
    public const int MinSecretLength = 16;
    public const string SignatureHeader = "X-DinsosPortal-Signature";

    public Dictionary<string, WebhookTarget> Offices { get; set; } = new();
}

/// <summary>
/// Posts each office's board events (ids and kinds only, as the hub sends them) to that office's configured URL,
/// signed with HMAC-SHA256 over the body (header <c>X-DinsosPortal-Signature: sha256=&lt;hex&gt;</c>). Delivery is
/// best effort with three tries: an event is a hint to re-read through the API, never the record itself.
/// </summary>
public sealed class BoardWebhooks(
    BoardEvents events, IOptions<WebhookOptions> options, IHttpClientFactory http, IDbContextFactory<PortalDbContext> dbFactory,
    ILogger<BoardWebhooks> log) : BackgroundService
{
    public const string HttpClientName = "webhook";
    private static readonly TimeSpan[] Backoff = [TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];
    private readonly Channel<BoardEvent> _queue = Channel.CreateBounded<BoardEvent>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });

    public static string Signature(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Offices.Count == 0) return;
        var targets = await TargetsAsync(stoppingToken);
        Task Enqueue(BoardEvent e)
        {
            if (targets.ContainsKey(e.OfficeId)) _queue.Writer.TryWrite(e);
            return Task.CompletedTask;
        }
        events.Published += Enqueue;
        try
        {
            await foreach (var e in _queue.Reader.ReadAllAsync(stoppingToken))
                await PostAsync(targets[e.OfficeId], e, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            events.Published -= Enqueue;
        }
    }

    private async Task<Dictionary<int, (string Kode, WebhookTarget Target)>> TargetsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var offices = await db.Offices.AsNoTracking().Select(o => new { o.Id, o.Kode }).ToListAsync(ct);
        return offices.Where(o => options.Value.Offices.ContainsKey(o.Kode)).ToDictionary(o => o.Id, o => (o.Kode, options.Value.Offices[o.Kode]));
    }

    private async Task PostAsync((string Kode, WebhookTarget Target) to, BoardEvent e, CancellationToken ct)
    {
        var body = JsonSerializer.Serialize(new { id = e.Id, kantor = to.Kode, jenis = e.Kind, kasusId = e.CaseId, langkah = e.StepNo, sop = e.SopKode, waktu = e.At });
        foreach (var wait in Backoff)
        {
            await Task.Delay(wait, ct);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, to.Target.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.Add(WebhookOptions.SignatureHeader, Signature(to.Target.Secret, body));
                using var response = await http.CreateClient(HttpClientName).SendAsync(request, ct);
                if (response.IsSuccessStatusCode) return;
                log.LogWarning("Webhook {Kantor} menjawab {Status} untuk {Kind}", to.Kode, (int)response.StatusCode, e.Kind);
            }
            catch (HttpRequestException ex)
            {
                log.LogWarning(ex, "Webhook {Kantor} tidak terjangkau untuk {Kind}", to.Kode, e.Kind);
            }
        }
    }
}
