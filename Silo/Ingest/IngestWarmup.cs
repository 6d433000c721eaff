using Philly311.Ops.Silo.Counters;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// Builds the ingest singletons (the city map's polygons, the group-commit loop, the known departments and request types)
/// while the host starts, not inside the first request. Built lazily, the first burst of POSTs queued every thread-pool
/// thread behind the container's singleton lock while one of them loaded the map, and the Redis answers they waited for
/// came too late. Redis being away at startup only delays the known codes to the next refresh.
/// </summary>
public sealed partial class IngestWarmup(IServiceProvider services, ILogger<IngestWarmup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<ServiceRequestNormalizer>();
        services.GetRequiredService<GroupCommit>();
        try
        {
            await services.GetRequiredService<DimensionCap>().LoadAsync().WaitAsync(TimeSpan.FromSeconds(3), cancellationToken);
        }
        catch (TimeoutException)
        {
            LogSlowLoad(logger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The known departments and request types were not read within 3 s; they will be on the next refresh")]
    private static partial void LogSlowLoad(ILogger logger);
}
