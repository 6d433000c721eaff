using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Silo.Figures;

namespace Philly311.Ops.Silo.Queues;

/// <summary>
/// Merges this silo's contact commits for up to <see cref="FigureOptions.RouterWindow"/> and forwards one call per changed
/// queue figure, like <see cref="DeltaRouterGrain"/> does for request figures: a hot queue's grain gets tens of calls a
/// second, not one per event; the first commit after a quiet spell goes at once. A failed forward is logged and dropped.
/// </summary>
[StatelessWorker(1)]
[Reentrant]
public sealed partial class QueueRouterGrain(IOptions<FigureOptions> options, TimeProvider clock, ILogger<QueueRouterGrain> logger) : Grain, IQueueRouter
{
    private readonly TimeSpan _window = options.Value.RouterWindow;
    private readonly List<QueueCommit> _pending = [];
    private IGrainTimer? _timer;
    private bool _armed;
    private DateTimeOffset _lastFlush = DateTimeOffset.MinValue;

    public Task ForwardAsync(QueueCommit commit)
    {
        _pending.Add(commit);
        if (!_armed)
        {
            _armed = true;
            var due = _lastFlush + _window - clock.GetUtcNow();
            _timer ??= this.RegisterGrainTimer(FlushAsync, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) { Interleave = true });
            _timer.Change(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0) await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        _armed = false;
        _lastFlush = clock.GetUtcNow();
        if (_pending.Count == 0) return;
        var commits = _pending.ToArray();
        _pending.Clear();
        var committedAt = commits.Min(c => c.CommittedAt);
        var byKey = commits.SelectMany(c => c.Changes).GroupBy(c => c.Key, StringComparer.Ordinal).ToList();
        string[] queues = [.. byKey.Select(g => g.Key).Where(QueueKeys.IsQueue)];
        var calls = byKey.Select(g => GrainFactory.GetGrain<IQueueFeed>(g.Key).ApplyAsync(new QueueCommit([.. g], committedAt, g.Key == QueueKeys.City ? queues : [])))
            .ToList();
        try
        {
            await Task.WhenAll(calls);
        }
        catch (Exception ex)
        {
            LogForwardFailed(calls.Count(c => c.IsFaulted), calls.Count, ex.GetType().Name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Failed} of {Calls} queue forwards failed ({ErrorType}: {Reason}); the reconcile will catch up")]
    private partial void LogForwardFailed(int failed, int calls, string errorType, string reason);
}
