using Philly311.Ops.Dashboard.Hub;

namespace Philly311.Ops.Dashboard.Live;

/// <summary>
/// Keeps this process subscribed to every grain it has screens for (the <see cref="SubscriptionUpkeepLoop"/>): the
/// board's parts always, and each per-key figure while a hub connection here is in its group.
/// </summary>
public sealed partial class FigureSubscriptionService(
    FigureGrains grains,
    LiveBoardFeed feed,
    KeyedFigures keyed,
    TimeProvider clock,
    ILogger<FigureSubscriptionService> logger) : SubscriptionUpkeepLoop(clock, logger)
{
    protected override IEnumerable<string> Wanted => LiveBoardFeed.Parts.Concat(keyed.Keys);

    protected override SourceStatus StatusOf(string key) => LiveBoardFeed.IsPart(key) ? feed.StatusOf(key) : keyed.StatusOf(key);

    protected override Task SubscribeAsync(string key, CancellationToken stoppingToken) => grains.SubscribeAsync(key).WaitAsync(CallTimeout, stoppingToken);

    protected override Task FetchAsync(string key, CancellationToken stoppingToken) => grains.FetchAsync(key).WaitAsync(CallTimeout, stoppingToken);

    protected override void ReportReachable(bool reachable) => feed.ReportClusterReachable(reachable);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            // Best effort: the subscriptions would expire anyway; this just stops frames to a closing process.
            var sources = LiveBoardFeed.Parts.Concat(keyed.Keys);
            await Task.WhenAll(sources.Select(s => grains.UnsubscribeAsync(s))).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            grains.DeleteReference();
        }
        catch (Exception ex)
        {
            LogUnsubscribeFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unsubscribing on shutdown failed")]
    private partial void LogUnsubscribeFailed(Exception exception);
}
