using Philly311.Ops.Contracts.Events;
using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Dashboard.Push;

/// <summary>
/// Keeps <see cref="EmergencyFeed"/> subscribed: to the directory always, to each event and push a screen opened. Observer
/// subscriptions expire after two minutes, so they are renewed every 30 s (and retried each 2 s while the cluster is away).
/// </summary>
public sealed partial class EmergencySubscriptions(IClusterClient cluster, EmergencyFeed feed, ILogger<EmergencySubscriptions> logger) : BackgroundService
{
    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var events = cluster.CreateObjectReference<IEventObserver>(feed);
        var pushes = cluster.CreateObjectReference<IPushObserver>(feed);
        var renewed = new Dictionary<string, DateTimeOffset>();
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = DateTimeOffset.UtcNow;
            try
            {
                if (Due("directory"))
                {
                    var directory = cluster.GetGrain<IEventDirectoryGrain>(IEventDirectoryGrain.Key);
                    await directory.SubscribeAsync(events);
                    feed.OnDirectoryChanged(await directory.GetAsync());
                    renewed["directory"] = now;
                }
                foreach (var id in feed.WatchedEvents.Where(id => Due("e:" + id)))
                {
                    var grain = cluster.GetGrain<IEventGrain>(id);
                    await grain.SubscribeAsync(events);
                    feed.OnEventChanged(await grain.GetAsync());
                    renewed["e:" + id] = now;
                }
                foreach (var id in feed.WatchedPushes.Where(id => Due("p:" + id)))
                {
                    var grain = cluster.GetGrain<IPushGrain>(id);
                    await grain.SubscribeAsync(pushes);
                    if (await grain.GetFrameAsync() is { } frame) feed.OnPushChanged(frame);
                    renewed["p:" + id] = now;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex.GetType().Name, ex.Message);
                renewed.Clear();
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250), stoppingToken);

            bool Due(string key) => !renewed.TryGetValue(key, out var at) || now - at >= RenewEvery;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Emergency subscriptions failed ({ErrorType}: {Reason}); retrying")]
    private partial void LogFailed(string errorType, string reason);
}
