using Philly311.Ops.ServiceDefaults.Redis;

namespace Philly311.Ops.Silo.Cluster;

/// <summary>
/// Holds the silo's start until Redis answers. Orleans gives up for good when its membership table cannot be
/// reached while the silo starts, and the host would exit; a silo started before its Redis (a reboot, a
/// Kubernetes rollout where Redis is still scheduling) should instead wait, say "not ready", and join once
/// Redis is there. Kestrel starts meanwhile (services start concurrently), so /health/live answers.
/// </summary>
public sealed partial class RedisBeforeJoin(RedisConnection redis, ILogger<RedisBeforeJoin> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private const int LogEveryPolls = 40;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(RedisBeforeJoin), ServiceLifecycleStage.First, WaitAsync);

    private async Task WaitAsync(CancellationToken cancellationToken)
    {
        var polls = 0;
        while (redis.Multiplexer is not { IsConnected: true })
        {
            if (polls % LogEveryPolls == 0) LogWaiting((Poll * polls).TotalSeconds);
            await Task.Delay(Poll, cancellationToken);
            polls++;
        }
        if (polls > 0) LogJoining((Poll * polls).TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo waits for Redis before joining the cluster ({WaitedSeconds:0} s so far)")]
    private partial void LogWaiting(double waitedSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis answers after {WaitedSeconds:0.0} s; the silo joins the cluster")]
    private partial void LogJoining(double waitedSeconds);
}
