namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// The merge window of a per-silo router grain (<see cref="DeltaRouterGrain"/>, <c>QueueRouterGrain</c>): commits
/// added within one window go out together in one dispatch, so a hot grain downstream gets at most 1 s / window calls a
/// second from each silo, not one per event. The first commit after a quiet spell goes out at once (no added latency
/// when the city is calm); during a surge a commit waits at most one window. A dispatch call that fails is logged and
/// dropped: Redis has the truth and the grains' reconcile re-reads it.
/// </summary>
/// <param name="grain">The router grain: the timer is its own, so a flush runs on its activation.</param>
/// <param name="dispatch">Makes the downstream calls for the merged commits (at least one).</param>
/// <param name="target">What the calls feed, for the log: "figure", "queue".</param>
public sealed partial class RouterWindow<TCommit>(
    IGrainBase grain, TimeSpan window, TimeProvider clock, Func<TCommit[], IReadOnlyCollection<Task>> dispatch, string target, ILogger logger)
{
    private readonly List<TCommit> _pending = [];
    private IGrainTimer? _timer;
    private bool _armed;
    private DateTimeOffset _lastFlush = DateTimeOffset.MinValue;

    public void Add(TCommit commit)
    {
        _pending.Add(commit);
        if (_armed) return;
        _armed = true;
        var due = _lastFlush + window - clock.GetUtcNow();
        _timer ??= grain.RegisterGrainTimer(FlushAsync, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) { Interleave = true });
        _timer.Change(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    /// <summary>For the grain's deactivation: what is still pending goes out now.</summary>
    public Task DrainAsync(CancellationToken cancellationToken) => _pending.Count > 0 ? FlushAsync(cancellationToken) : Task.CompletedTask;

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        _armed = false;
        _lastFlush = clock.GetUtcNow();
        if (_pending.Count == 0) return;
        var commits = _pending.ToArray();
        _pending.Clear();
        var calls = dispatch(commits);
        try
        {
            await Task.WhenAll(calls);
        }
        catch (Exception ex)
        {
            LogForwardFailed(calls.Count(c => c.IsFaulted), calls.Count, target, ex.GetType().Name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Failed} of {Calls} {Target} forwards failed ({ErrorType}: {Reason}); the reconcile will catch up")]
    private partial void LogForwardFailed(int failed, int calls, string target, string errorType, string reason);
}
