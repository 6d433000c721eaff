using Philly311.Ops.Dashboard.Live;
using StackExchange.Redis;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>
/// With the Redis backplane a group send from any dashboard process reaches every process's connections,
/// so if each of M processes broadcast its feed, subscribers would get every frame M times. One process —
/// the holder of this short Redis lease — broadcasts; it lets go when its own feed is not live, and when it
/// dies the lease expires and another live process takes over within <see cref="Ttl"/>.
/// </summary>
public sealed partial class BroadcastLease(
    IConfiguration configuration,
    LiveBoardFeed feed,
    TimeProvider clock,
    ILogger<BroadcastLease> logger) : BackgroundService
{
    public static readonly TimeSpan Ttl = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(1);
    // Per cluster: two deployments sharing one Redis (staging next to production) must not silence each other.
    private readonly RedisKey _key = $"philly311-ops:{configuration["Orleans:ClusterId"] ?? "philly311"}:hub-broadcaster";
    private readonly RedisValue _token = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private volatile bool _held;
    private ConnectionMultiplexer? _redis;

    public bool IsHeld => _held;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = ConfigurationOptions.Parse(configuration.GetConnectionString("redis") ?? "127.0.0.1:6379");
        options.AbortOnConnectFail = false;
        _redis = await ConnectionMultiplexer.ConnectAsync(options);
        var db = _redis.GetDatabase();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wasHeld = _held;
            try
            {
                var live = feed.Freshness.State == FeedState.Live;
                if (!live && wasHeld) await db.LockReleaseAsync(_key, _token);
                _held = live && (wasHeld && await db.LockExtendAsync(_key, _token, Ttl) || await db.LockTakeAsync(_key, _token, Ttl));
            }
            catch (RedisException ex)
            {
                _held = false;
                LogLeaseFailed(ex);
            }
            if (_held != wasHeld) LogLeaseChanged(_held);
            try
            {
                await Task.Delay(RenewEvery, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_redis is null) return;
        try
        {
            // Hand over at once on a clean shutdown instead of leaving subscribers without frames for the TTL.
            if (_held) await _redis.GetDatabase().LockReleaseAsync(_key, _token);
        }
        catch (RedisException ex)
        {
            LogLeaseFailed(ex);
        }
        _held = false;
        await _redis.DisposeAsync();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hub broadcast lease held: {Held}")]
    private partial void LogLeaseChanged(bool held);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hub broadcast lease could not be renewed")]
    private partial void LogLeaseFailed(Exception exception);
}
