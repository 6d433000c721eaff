using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Queues;

/// <summary>
/// Keeps this process subscribed to every queue grain <see cref="QueueFeed.Wanted"/> lists, with one observer reference
/// (the <see cref="SubscriptionUpkeepLoop"/>). A fetch renews the subscription too.
/// </summary>
public sealed class QueueSubscriptionService(IGrainFactory grains, QueueObserver observer, QueueFeed feed, TimeProvider clock,
    ILogger<QueueSubscriptionService> logger) : SubscriptionUpkeepLoop(clock, logger)
{
    private IQueueObserver? _reference;

    protected override IEnumerable<string> Wanted => feed.Wanted;

    protected override bool SubscribeWithEveryFetch => true;

    protected override SourceStatus StatusOf(string key) => new(feed.HeardAt(key), feed.NeedsFetch(key));

    protected override Task SubscribeAsync(string key, CancellationToken stoppingToken)
    {
        _reference ??= grains.CreateObjectReference<IQueueObserver>(observer);
        return grains.GetGrain<IQueueGrain>(key).SubscribeAsync(_reference).WaitAsync(CallTimeout, stoppingToken);
    }

    protected override async Task FetchAsync(string key, CancellationToken stoppingToken) =>
        feed.Take(await grains.GetGrain<IQueueGrain>(key).GetFrameAsync().WaitAsync(CallTimeout, stoppingToken), pushed: false);

    protected override string NameOf(string key) => "queue " + key;
}
