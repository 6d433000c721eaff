using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Philly311.Ops.ServiceDefaults.Cluster;
using StackExchange.Redis;

namespace Philly311.Ops.ServiceDefaults.Redis;

/// <summary>
/// The process's one <see cref="IConnectionMultiplexer"/>. It is created in <see cref="StartingAsync"/>,
/// awaited, not inside a DI factory: a synchronous <c>Connect</c> in a singleton factory blocked a thread-pool
/// thread for the whole connect timeout (8.5 s of stalled requests on a restart under load). The host runs
/// every <c>StartingAsync</c> before any service's <c>StartAsync</c> (Kestrel, Orleans, background loops), so
/// everything that resolves <see cref="IConnectionMultiplexer"/> later finds it made. With
/// <c>AbortOnConnectFail = false</c> a Redis that is down costs one connect timeout at start, then the
/// multiplexer keeps reconnecting by itself and readiness says "not ready" until it has.
/// </summary>
public sealed partial class RedisConnection(IOptions<OpsClusterOptions> options, ILogger<RedisConnection> logger) : IHostedLifecycleService, IAsyncDisposable
{
    private ConnectionMultiplexer? _multiplexer;

    /// <summary>The multiplexer, or null while the host has not reached its starting phase (only a health probe can ask that early).</summary>
    public IConnectionMultiplexer? Multiplexer => _multiplexer;

    public IConnectionMultiplexer RequiredMultiplexer => _multiplexer ?? throw new InvalidOperationException(
        "IConnectionMultiplexer was resolved before the host started; resolve it lazily (in a handler, a grain, or StartAsync), not in a constructor run during Build().");

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (_multiplexer is not null) return;
        var configuration = options.Value.CreateRedisConfiguration();
        _multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration);
        if (_multiplexer.IsConnected) LogConnected(Describe(configuration));
        else LogNotYetConnected(Describe(configuration));
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Closed with the container, after every service has stopped: a silo leaving the cluster still writes to Redis.
    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is not null) await _multiplexer.DisposeAsync();
    }

    private static string Describe(ConfigurationOptions configuration) => string.Join(",", configuration.EndPoints);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connected ({Endpoints})")]
    private partial void LogConnected(string endpoints);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis not reachable at start ({Endpoints}); reconnecting in the background, not ready until then")]
    private partial void LogNotYetConnected(string endpoints);
}
