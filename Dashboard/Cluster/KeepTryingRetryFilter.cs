namespace Philly311.Ops.Dashboard.Cluster;

/// <summary>
/// The dashboard must come up (and stay up) before any silo does: Orleans' default filter gives up after
/// 15 attempts and the host would crash. This one retries forever with a capped backoff, until shutdown.
/// </summary>
public sealed partial class KeepTryingRetryFilter(ILogger<KeepTryingRetryFilter> logger) : IClientConnectionRetryFilter
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);
    private int _attempt;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested) return false;
        var attempt = Interlocked.Increment(ref _attempt);
        var delay = Backoff.After(attempt, MaxDelay);
        LogRetrying(attempt, delay.TotalSeconds, exception.Message);
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster not reachable yet (attempt {Attempt}, next in {DelaySeconds:0.0} s): {Reason}")]
    private partial void LogRetrying(int attempt, double delaySeconds, string reason);
}
