using Philly311.Ops.Dashboard.Cluster;
using Philly311.Ops.Dashboard.Hub;

namespace Philly311.Ops.Dashboard.Live;

/// <summary>
/// Keeps this process subscribed to every grain it has screens for: the board's parts always, and each per-key figure
/// while a hub connection here is in its group. Subscriptions expire, so each is renewed every <see cref="RenewEvery"/>;
/// a grain silent for <see cref="SilenceLimit"/> may have lost its silo and come back elsewhere, so it is resubscribed
/// and fetched at once, as is a grain whose heartbeat shows a frame was missed. Failures are logged and retried per
/// grain with capped backoff; no exception stops this loop or the host.
/// </summary>
public sealed partial class FigureSubscriptionService(
    FigureGrains grains,
    LiveBoardFeed feed,
    KeyedFigures keyed,
    TimeProvider clock,
    ILogger<FigureSubscriptionService> logger) : BackgroundService
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);

    /// <summary>Grains beat about once a second: two missed beats mean the activation is gone, long before the 5 s stale rule.</summary>
    public static readonly TimeSpan SilenceLimit = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, SubscriptionUpkeep> _upkeep = new(StringComparer.Ordinal);

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
                // Per-grain failures are handled in each upkeep; this is a bug of ours, and still must not end the loop.
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

    /// <summary>Starts the upkeep of every grain that needs it; each runs on its own, so one slow grain delays no other.</summary>
    private void KeepUp(CancellationToken stoppingToken)
    {
        var wanted = LiveBoardFeed.Parts.Concat(keyed.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _upkeep.Keys.Where(k => !wanted.Contains(k)).ToList()) _upkeep.Remove(gone);
        var now = clock.GetUtcNow();
        foreach (var source in wanted)
        {
            if (!_upkeep.TryGetValue(source, out var upkeep)) _upkeep[source] = upkeep = new SubscriptionUpkeep();
            if (upkeep.Running is { IsCompleted: false } || now < upkeep.RetryAt) continue;
            var status = LiveBoardFeed.IsPart(source) ? feed.StatusOf(source) : keyed.StatusOf(source);
            var heard = Latest(status.HeardAt, upkeep.SubscribedAt);
            var silent = heard is null || now - heard >= SilenceLimit;
            var renew = upkeep.SubscribedAt is null || now - upkeep.SubscribedAt >= RenewEvery;
            if (silent || renew || status.NeedsFetch)
            {
                upkeep.Running = KeepUpAsync(source, upkeep, silent || renew, silent || status.NeedsFetch, status.HeardAt, stoppingToken);
            }
        }
    }

    /// <summary>One grain's upkeep; never throws.</summary>
    private async Task KeepUpAsync(string source, SubscriptionUpkeep upkeep, bool subscribe, bool fetch, DateTimeOffset? heardAt, CancellationToken stoppingToken)
    {
        try
        {
            if (subscribe)
            {
                await grains.SubscribeAsync(source).WaitAsync(CallTimeout, stoppingToken);
                if (upkeep.SubscribedAt is not null && heardAt is not null && clock.GetUtcNow() - heardAt >= SilenceLimit) LogResubscribed(source, heardAt.Value);
                upkeep.SubscribedAt = clock.GetUtcNow();
            }
            // Subscribed first, then fetched: a change in between arrives as a frame, and the newer of the two wins.
            if (fetch) await grains.FetchAsync(source).WaitAsync(CallTimeout, stoppingToken);
            if (upkeep.Failures > 0) LogRecovered(source, upkeep.Failures);
            upkeep.Failures = 0;
            feed.ReportClusterReachable(true);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            // TimeoutException (Orleans, Redis, WaitAsync) included: count it, back off, try again.
            upkeep.Failures++;
            var backoff = Backoff.After(upkeep.Failures, MaxBackoff);
            upkeep.RetryAt = clock.GetUtcNow() + backoff;
            LogCallFailed(source, upkeep.Failures, backoff.TotalSeconds, ex.GetType().Name, ex.Message);
            LogCallFailedDetail(ex);
            feed.ReportClusterReachable(false);
        }
    }

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

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "{Source} went silent (last heard {HeardAt:o}); resubscribed")]
    private partial void LogResubscribed(string source, DateTimeOffset heardAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call to {Source} failed ({Failures} in a row); retrying in {BackoffSeconds:0.0} s: {ErrorType}: {Reason}")]
    private partial void LogCallFailed(string source, int failures, double backoffSeconds, string errorType, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Grain call failure detail")]
    private partial void LogCallFailedDetail(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Source} answers again after {Failures} failed attempts")]
    private partial void LogRecovered(string source, int failures);

    [LoggerMessage(Level = LogLevel.Error, Message = "The subscription loop failed; it goes on")]
    private partial void LogLoopFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unsubscribing on shutdown failed")]
    private partial void LogUnsubscribeFailed(Exception exception);
}
