using Philly311.Ops.Dashboard.Cluster;

namespace Philly311.Ops.Dashboard.Live;

/// <summary>
/// Keeps this process subscribed to every grain a feed wants, shared by <see cref="FigureSubscriptionService"/>,
/// <c>QueueSubscriptionService</c> and <c>BreachSubscriptionService</c>. Subscriptions expire, so each is renewed every
/// <see cref="RenewEvery"/>; a grain silent for <see cref="SilenceLimit"/> may have lost its silo and come back elsewhere,
/// so it is resubscribed and fetched at once, as is a grain whose heartbeat shows a frame was missed. Each grain's upkeep
/// runs on its own (one slow grain delays no other); failures are logged and retried per grain with capped backoff; no
/// exception stops this loop or the host.
/// </summary>
public abstract partial class SubscriptionUpkeepLoop(TimeProvider clock, ILogger logger) : BackgroundService
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);

    /// <summary>Grains beat about once a second: two missed beats mean the activation is gone, long before the 5 s stale rule.</summary>
    public static readonly TimeSpan SilenceLimit = TimeSpan.FromSeconds(2);

    protected static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, SubscriptionUpkeep> _upkeep = new(StringComparer.Ordinal);

    /// <summary>The grains to keep subscribed now.</summary>
    protected abstract IEnumerable<string> Wanted { get; }

    /// <summary>Set where a fetch alone should also renew the subscription.</summary>
    protected virtual bool SubscribeWithEveryFetch => false;

    protected abstract SourceStatus StatusOf(string key);

    protected abstract Task SubscribeAsync(string key, CancellationToken stoppingToken);

    /// <summary>Fetches the grain's frame into the feed, marked as not pushed.</summary>
    protected abstract Task FetchAsync(string key, CancellationToken stoppingToken);

    /// <summary>Whether the last call reached the cluster, for feeds that show it.</summary>
    protected virtual void ReportReachable(bool reachable)
    {
    }

    /// <summary>How the log names a grain.</summary>
    protected virtual string NameOf(string key) => key;

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

    /// <summary>Starts the upkeep of every grain that needs it.</summary>
    private void KeepUp(CancellationToken stoppingToken)
    {
        var wanted = Wanted.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _upkeep.Keys.Where(k => !wanted.Contains(k)).ToList()) _upkeep.Remove(gone);
        var now = clock.GetUtcNow();
        foreach (var key in wanted)
        {
            if (!_upkeep.TryGetValue(key, out var upkeep)) _upkeep[key] = upkeep = new SubscriptionUpkeep();
            if (upkeep.Running is { IsCompleted: false } || now < upkeep.RetryAt) continue;
            var status = StatusOf(key);
            var heard = Latest(status.HeardAt, upkeep.SubscribedAt);
            var silent = heard is null || now - heard >= SilenceLimit;
            var renew = upkeep.SubscribedAt is null || now - upkeep.SubscribedAt >= RenewEvery;
            if (silent || renew || status.NeedsFetch)
            {
                var subscribe = silent || renew || SubscribeWithEveryFetch;
                upkeep.Running = KeepUpAsync(key, upkeep, subscribe, silent || status.NeedsFetch, status.HeardAt, stoppingToken);
            }
        }
    }

    /// <summary>One grain's upkeep; never throws.</summary>
    private async Task KeepUpAsync(string key, SubscriptionUpkeep upkeep, bool subscribe, bool fetch, DateTimeOffset? heardAt, CancellationToken stoppingToken)
    {
        try
        {
            if (subscribe)
            {
                await SubscribeAsync(key, stoppingToken);
                if (upkeep.SubscribedAt is not null && heardAt is not null && clock.GetUtcNow() - heardAt >= SilenceLimit) LogResubscribed(NameOf(key), heardAt.Value);
                upkeep.SubscribedAt = clock.GetUtcNow();
            }
            // Subscribed first, then fetched: a change in between arrives as a frame, and the newer of the two wins.
            if (fetch) await FetchAsync(key, stoppingToken);
            if (upkeep.Failures > 0) LogRecovered(NameOf(key), upkeep.Failures);
            upkeep.Failures = 0;
            ReportReachable(true);
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
            LogCallFailed(NameOf(key), upkeep.Failures, backoff.TotalSeconds, ex.GetType().Name, ex.Message);
            LogCallFailedDetail(ex);
            ReportReachable(false);
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
}
