using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Live;
using StackExchange.Redis;

namespace Portal.Tests.ScaleOut;

public class RedisBoardChannelTests
{
    [Fact]
    public async Task With_redis_gone_a_saved_change_still_publishes_without_an_error_and_this_instances_pages_hear_it_whatever_the_backplane_says()
    {
        var redis = await RedisServer.StartAsync();
        var settings = $"{redis.Connection},connectTimeout=1000,syncTimeout=1000,asyncTimeout=1000";
        using var connection = await ConnectionMultiplexer.ConnectAsync(settings);
        // The hub as the portal sets it up when scaled out: on the Redis backplane.
        var services = new ServiceCollection().AddLogging();
        services.AddSignalR().AddStackExchangeRedis(settings);
        await using var provider = services.BuildServiceProvider();
        var events = new BoardEvents(provider.GetRequiredService<IHubContext<BoardHub>>(), NullLogger<BoardEvents>.Instance, new RedisBoardChannel(connection));
        var heard = new TaskCompletionSource<BoardEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        events.Delivered += e =>
        {
            heard.TrySetResult(e);
            return Task.CompletedTask;
        };
        await redis.DisposeAsync();

        var sent = new BoardEvent(Guid.NewGuid(), 1, null, Guid.NewGuid(), "LangkahSelesai", 2, ["peksos"], DateTimeOffset.UtcNow);
        await events.PublishAsync(sent);

        Assert.Equal(sent.Id, (await heard.Task.WaitAsync(TimeSpan.FromSeconds(10))).Id);
    }
}
