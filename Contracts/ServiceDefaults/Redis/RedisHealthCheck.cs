using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Philly311.Ops.ServiceDefaults.Redis;

/// <summary>
/// Unhealthy when Redis doesn't answer a PING: without it no event can be made durable and no figure read.
/// A disconnected multiplexer is answered at once instead of queueing the PING for the full command timeout.
/// </summary>
public sealed class RedisHealthCheck(RedisConnection connection) : IHealthCheck
{
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var redis = connection.Multiplexer;
        if (redis is null) return HealthCheckResult.Unhealthy("Redis connection not made yet");
        if (!redis.IsConnected) return HealthCheckResult.Unhealthy("Redis is not connected");
        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(PingTimeout, cancellationToken);
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:F1} ms");
        }
        // RedisTimeoutException is a TimeoutException, not a RedisException: both mean "does not answer".
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer", ex);
        }
    }
}
