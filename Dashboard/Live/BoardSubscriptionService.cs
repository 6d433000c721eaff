using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Dashboard.Cluster;

namespace Philly311.Ops.Dashboard.Live;

/// <summary>
/// Keeps the process's <see cref="LiveBoardFeed"/> subscribed to the board grain. Subscriptions expire,
/// so it renews every <see cref="RenewEvery"/>; when frames stop for <see cref="SilenceLimit"/> the silo
/// holding the grain may have died and a new activation appears elsewhere, so it resubscribes at once and
/// fetches a snapshot. Every failure is logged and retried with backoff; nothing here stops the host.
/// </summary>
public sealed partial class BoardSubscriptionService(
    IGrainFactory grains,
    LiveBoardFeed feed,
    TimeProvider clock,
    ILogger<BoardSubscriptionService> logger) : BackgroundService
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan SilenceLimit = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    private IBoardObserver? _reference;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateTimeOffset? subscribedAt = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var heardAt = Max(feed.LastFrameAt, subscribedAt);
            var silent = heardAt is null || now - heardAt >= SilenceLimit;
            var renew = subscribedAt is null || now - subscribedAt >= RenewEvery;
            try
            {
                // Resolved on every pass: until the client has the cluster's manifest, GetGrain itself throws.
                var board = grains.GetGrain<IBoardGrain>(IBoardGrain.CityKey);
                if (silent || renew)
                {
                    // Created once the client runs: the reference is bound to this client's address.
                    _reference ??= grains.CreateObjectReference<IBoardObserver>(feed);
                    await board.SubscribeAsync(_reference).WaitAsync(stoppingToken);
                    if (silent && heardAt is not null) LogResubscribed(heardAt.Value);
                    subscribedAt = clock.GetUtcNow();
                }
                if (silent || feed.WantsSnapshot) feed.Publish(await board.GetSnapshotAsync().WaitAsync(stoppingToken));
                if (failures > 0) LogRecovered(failures);
                failures = 0;
                feed.ReportClusterReachable(true);
                await Task.Delay(Tick, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                failures++;
                feed.ReportClusterReachable(false);
                var backoff = Backoff.After(failures, MaxBackoff);
                // One line per failure while the cluster is away; the stack trace only at Debug.
                LogBoardCallFailed(failures, backoff.TotalSeconds, ex.GetType().Name, ex.Message);
                LogBoardCallFailedDetail(ex);
                try
                {
                    await Task.Delay(backoff, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_reference is null) return;
        try
        {
            // Best effort: the subscription would expire anyway, this just stops frames to a closing process.
            await grains.GetGrain<IBoardGrain>(IBoardGrain.CityKey).UnsubscribeAsync(_reference).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            grains.DeleteObjectReference<IBoardObserver>(feed);
        }
        catch (Exception ex)
        {
            LogUnsubscribeFailed(ex);
        }
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Board frames stopped (last heard {HeardAt:o}); resubscribed")]
    private partial void LogResubscribed(DateTimeOffset heardAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Board grain call failed ({Failures} in a row); retrying in {BackoffSeconds:0.0} s: {ErrorType}: {Reason}")]
    private partial void LogBoardCallFailed(int failures, double backoffSeconds, string errorType, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Board grain call failure detail")]
    private partial void LogBoardCallFailedDetail(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Board feed recovered after {Failures} failed attempts")]
    private partial void LogRecovered(int failures);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unsubscribing from the board on shutdown failed")]
    private partial void LogUnsubscribeFailed(Exception exception);
}
