using System.Text.Json;
using StackExchange.Redis;

namespace Portal.Live;

/// <summary>
/// Board events between portal instances: each instance publishes what happened on it, and every instance (this
/// one too) hands what it hears to its own pages in the order Redis delivered it.
/// </summary>
public sealed class RedisBoardChannel(IConnectionMultiplexer redis)
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("dinsosportal:papan");

    public Task PublishAsync(BoardEvent e) => redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(e));

    /// <summary>Subscribes at start-up, before any page can open.</summary>
    public sealed class Subscription(IConnectionMultiplexer redis, BoardEvents events, ILogger<Subscription> log) : IHostedService
    {
        private ChannelMessageQueue? _queue;

        public async Task StartAsync(CancellationToken ct)
        {
            _queue = await redis.GetSubscriber().SubscribeAsync(Channel);
            _queue.OnMessage(async message =>
            {
                try
                {
                    if (JsonSerializer.Deserialize<BoardEvent>(message.Message.ToString()) is { } e) await events.DeliverAsync(e);
                }
                catch (JsonException ex)
                {
                    log.LogWarning(ex, "Pesan papan dari Redis tidak terbaca");
                }
            });
        }

        public async Task StopAsync(CancellationToken ct)
        {
            if (_queue is not null) await _queue.UnsubscribeAsync();
        }
    }
}
