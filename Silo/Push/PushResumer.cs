using Orleans.Runtime;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Silo.Deliveries;

namespace Philly311.Ops.Silo.Push;

/// <summary>
/// Wakes every unfinished push when this silo joins and whenever the cluster's membership changes (a silo declared dead
/// took its push grains with it): the grains activate here or elsewhere and carry on from Redis. The pushes' own reminders
/// (each minute) are the backstop; this makes resumption take seconds, not a minute.
/// </summary>
public sealed partial class PushResumer(
    IClusterMembershipService membership, IGrainFactory grains, IServiceProvider services, ILogger<PushResumer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var _ in membership.MembershipUpdates.WithCancellation(stoppingToken))
            {
                await ResumeAllAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ResumeAllAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 0; attempt < 10 && !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                // Resolved here, not in the constructor: Redis is connected only once the host has started.
                var active = await services.GetRequiredService<DeliveryStore>().ActivePushesAsync();
                await Task.WhenAll(active.Select(id => grains.GetGrain<IPushGrain>(id).ResumeAsync()));
                if (active.Length > 0) LogResumed(active.Length);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogResumeFailed(ex.GetType().Name, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resumed {Count} unfinished pushes after a membership change")]
    private partial void LogResumed(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Resuming pushes failed ({ErrorType}: {Reason}); trying again")]
    private partial void LogResumeFailed(string errorType, string reason);
}
