using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Dashboard.Cluster;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Queues;

/// <summary>
/// Keeps this process subscribed to every queue grain <see cref="QueueFeed.Wanted"/> lists, with one observer reference:
/// renewed every <see cref="FigureSubscriptionService.RenewEvery"/> (subscriptions expire), resubscribed and fetched at once
/// when a grain is silent for <see cref="FigureSubscriptionService.SilenceLimit"/> (its silo may be gone), failures retried
/// per grain with capped backoff. Nothing stops this loop or the host.
/// </summary>
public sealed partial class QueueSubscriptionService(IGrainFactory grains, QueueObserver observer, QueueFeed feed, TimeProvider clock,
    ILogger<QueueSubscriptionService> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, Upkeep> _upkeep = new(StringComparer.Ordinal);
    private IQueueObserver? _reference;

    private sealed class Upkeep
    {
        public DateTimeOffset? SubscribedAt;
        public int Failures;
        public DateTimeOffset RetryAt;
        public Task? Running;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                KeepUp(stoppingToken);
            }
            catch (Exception ex)
            {
                LogLoopFailed(ex);
            }
            try
            {
                await Task.Delay(Tick, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private void KeepUp(CancellationToken stoppingToken)
    {
        var wanted = feed.Wanted;
        foreach (var gone in _upkeep.Keys.Where(k => !wanted.Contains(k)).ToList()) _upkeep.Remove(gone);
        var now = clock.GetUtcNow();
        foreach (var key in wanted)
        {
            if (!_upkeep.TryGetValue(key, out var upkeep)) _upkeep[key] = upkeep = new Upkeep();
            if (upkeep.Running is { IsCompleted: false } || now < upkeep.RetryAt) continue;
            var heard = feed.HeardAt(key) is { } at && (upkeep.SubscribedAt is null || at > upkeep.SubscribedAt) ? at : upkeep.SubscribedAt;
            var silent = heard is null || now - heard >= FigureSubscriptionService.SilenceLimit;
            var renew = upkeep.SubscribedAt is null || now - upkeep.SubscribedAt >= FigureSubscriptionService.RenewEvery;
            if (silent || renew || feed.NeedsFetch(key)) upkeep.Running = KeepUpAsync(key, upkeep, silent || feed.NeedsFetch(key), stoppingToken);
        }
    }

    private async Task KeepUpAsync(string key, Upkeep upkeep, bool fetch, CancellationToken stoppingToken)
    {
        try
        {
            _reference ??= grains.CreateObjectReference<IQueueObserver>(observer);
            var grain = grains.GetGrain<IQueueGrain>(key);
            await grain.SubscribeAsync(_reference).WaitAsync(CallTimeout, stoppingToken);
            upkeep.SubscribedAt = clock.GetUtcNow();
            // Subscribed first, then fetched: a change in between arrives as a frame, and the newer of the two wins.
            if (fetch) feed.Take(await grain.GetFrameAsync().WaitAsync(CallTimeout, stoppingToken), pushed: false);
            upkeep.Failures = 0;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            upkeep.Failures++;
            var backoff = Backoff.After(upkeep.Failures, TimeSpan.FromSeconds(5));
            upkeep.RetryAt = clock.GetUtcNow() + backoff;
            LogCallFailed(key, upkeep.Failures, backoff.TotalSeconds, ex.GetType().Name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Key}: call failed ({Failures} in a row); retrying in {BackoffSeconds:0.0} s: {ErrorType}: {Reason}")]
    private partial void LogCallFailed(string key, int failures, double backoffSeconds, string errorType, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The queue subscription loop failed; it goes on")]
    private partial void LogLoopFailed(Exception exception);
}
