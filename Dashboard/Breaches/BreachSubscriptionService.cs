using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Breaches;

/// <summary>
/// Keeps this process subscribed to the breach grain (the <see cref="SubscriptionUpkeepLoop"/>): renewed every
/// <see cref="SubscriptionUpkeepLoop.RenewEvery"/>, resubscribed and fetched at once when the grain went silent (its silo
/// died and it came back elsewhere) or no frame is held yet.
/// </summary>
public sealed partial class BreachSubscriptionService(
    IGrainFactory grains, BreachObserver observer, BreachFeed feed, TimeProvider clock, ILogger<BreachSubscriptionService> logger)
    : SubscriptionUpkeepLoop(clock, logger)
{
    private IBreachObserver? _reference;

    private IBreachGrain BreachGrain => grains.GetGrain<IBreachGrain>(IBreachGrain.City);

    protected override IEnumerable<string> Wanted => [IBreachGrain.City];

    protected override SourceStatus StatusOf(string key) => feed.Status;

    protected override Task SubscribeAsync(string key, CancellationToken stoppingToken)
    {
        // The reference is bound to the running client: create it on first use, not at construction.
        _reference ??= grains.CreateObjectReference<IBreachObserver>(observer);
        return BreachGrain.SubscribeAsync(_reference).WaitAsync(CallTimeout, stoppingToken);
    }

    protected override async Task FetchAsync(string key, CancellationToken stoppingToken) =>
        feed.Take(await BreachGrain.GetFrameAsync().WaitAsync(CallTimeout, stoppingToken), pushed: false);

    protected override void ReportReachable(bool reachable) => feed.ReportClusterReachable(reachable);

    protected override string NameOf(string key) => "the breach grain";

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_reference is null) return;
        try
        {
            // Best effort: the subscription would expire anyway; this just stops frames to a closing process.
            await BreachGrain.UnsubscribeAsync(_reference).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            grains.DeleteObjectReference<IBreachObserver>(observer);
        }
        catch (Exception ex)
        {
            LogUnsubscribeFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unsubscribing from the breach grain on shutdown failed")]
    private partial void LogUnsubscribeFailed(Exception exception);
}
