using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Dashboard.Cluster;

namespace Philly311.Ops.Dashboard.Breaches;

/// <summary>
/// Keeps this process subscribed to the breach grain, as <c>FigureSubscriptionService</c> does for the figures: renewed
/// every <see cref="RenewEvery"/>, resubscribed and fetched at once when the grain went silent (its silo died and it
/// came back elsewhere) or no frame is held yet. Failures back off and retry; nothing here stops the host.
/// </summary>
public sealed partial class BreachSubscriptionService(
    IGrainFactory grains, BreachObserver observer, BreachFeed feed, TimeProvider clock, ILogger<BreachSubscriptionService> logger) : BackgroundService
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);

    /// <summary>The grain beats about once a second: two missed beats mean the activation is gone.</summary>
    public static readonly TimeSpan SilenceLimit = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    private IBreachObserver? _reference;
    private DateTimeOffset? _subscribedAt;
    private DateTimeOffset _retryAt;
    private int _failures;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            if (now >= _retryAt) await KeepUpAsync(now, stoppingToken);
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

    private async Task KeepUpAsync(DateTimeOffset now, CancellationToken stoppingToken)
    {
        var status = feed.Status;
        var heard = status.HeardAt is { } h && (_subscribedAt is null || h > _subscribedAt) ? h : _subscribedAt;
        var silent = heard is null || now - heard >= SilenceLimit;
        var renew = _subscribedAt is null || now - _subscribedAt >= RenewEvery;
        if (!silent && !renew && !status.NeedsFetch) return;
        try
        {
            // The reference is bound to the running client: create it on first use, not at construction.
            _reference ??= grains.CreateObjectReference<IBreachObserver>(observer);
            var grain = grains.GetGrain<IBreachGrain>(IBreachGrain.City);
            if (silent || renew)
            {
                await grain.SubscribeAsync(_reference).WaitAsync(CallTimeout, stoppingToken);
                _subscribedAt = clock.GetUtcNow();
            }
            // Subscribed first, then fetched: a change in between arrives as a frame, and the newer version wins.
            if (silent || status.NeedsFetch) feed.Take(await grain.GetFrameAsync().WaitAsync(CallTimeout, stoppingToken), pushed: false);
            if (_failures > 0) LogRecovered(_failures);
            _failures = 0;
            feed.ReportClusterReachable(true);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            _failures++;
            var backoff = Backoff.After(_failures, MaxBackoff);
            _retryAt = clock.GetUtcNow() + backoff;
            LogCallFailed(_failures, backoff.TotalSeconds, ex.GetType().Name, ex.Message);
            feed.ReportClusterReachable(false);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_reference is null) return;
        try
        {
            // Best effort: the subscription would expire anyway; this just stops frames to a closing process.
            await grains.GetGrain<IBreachGrain>(IBreachGrain.City).UnsubscribeAsync(_reference).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            grains.DeleteObjectReference<IBreachObserver>(observer);
        }
        catch (Exception ex)
        {
            LogUnsubscribeFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call to the breach grain failed ({Failures} in a row); retrying in {BackoffSeconds:0.0} s: {ErrorType}: {Reason}")]
    private partial void LogCallFailed(int failures, double backoffSeconds, string errorType, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The breach grain answers again after {Failures} failed attempts")]
    private partial void LogRecovered(int failures);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unsubscribing from the breach grain on shutdown failed")]
    private partial void LogUnsubscribeFailed(Exception exception);
}
