using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Philly311.Ops.Contracts.Figures;

namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// Merges what this silo committed for up to <see cref="FigureOptions.RouterWindow"/> and forwards it: one call per changed figure and one
/// per list. However hot a department runs, its grain gets at most 1 s / <see cref="FigureOptions.RouterWindow"/> calls a second from each
/// silo, not one per event. The first commit after a quiet spell goes out at once (no added latency when the city is
/// calm); during a surge commits wait at most one window. A forward that fails is logged and dropped: Redis has the
/// truth and the grains' reconcile re-reads it.
/// </summary>
[StatelessWorker(1)]
[Reentrant]
public sealed partial class DeltaRouterGrain(
    IOptions<FigureOptions> options, TimeProvider clock, FigureMetrics metrics, ILogger<DeltaRouterGrain> logger) : Grain, IDeltaRouter
{
    private readonly TimeSpan _window = options.Value.RouterWindow;
    private readonly List<CommittedChanges> _pending = [];
    private IGrainTimer? _timer;
    private bool _armed;
    private DateTimeOffset _lastFlush = DateTimeOffset.MinValue;

    public Task ForwardAsync(CommittedChanges changes)
    {
        _pending.Add(changes);
        if (!_armed)
        {
            _armed = true;
            var due = _lastFlush + _window - clock.GetUtcNow();
            if (due < TimeSpan.Zero) due = TimeSpan.Zero;
            _timer ??= this.RegisterGrainTimer(FlushAsync, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) { Interleave = true });
            _timer.Change(due, Timeout.InfiniteTimeSpan);
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
        metrics.Flushed();

        var ranges = commits.Select(c => c.Range).ToArray();
        var committedAt = commits.Min(c => c.CommittedAt);
        var byFigure = new Dictionary<string, List<FigureChange>>(StringComparer.Ordinal);
        foreach (var change in commits.SelectMany(c => c.Changes))
        {
            if (!byFigure.TryGetValue(change.Key, out var list)) byFigure[change.Key] = list = [];
            list.Add(change);
        }

        var calls = new List<Task>(byFigure.Count + FigureDimension.Lists.Count);
        foreach (var (figure, changes) in byFigure)
        {
            metrics.GrainCall(figure);
            calls.Add(GrainFactory.GetGrain<IFigureFeed>(figure).ApplyAsync(new FigureUpdate([], [.. changes], committedAt)));
        }
        foreach (var dimension in FigureDimension.Lists)
        {
            var prefix = dimension + ":";
            var changes = byFigure.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).SelectMany(p => p.Value).ToArray();
            metrics.GrainCall(dimension);
            calls.Add(GrainFactory.GetGrain<IFigureListFeed>(dimension).ApplyAsync(new FigureUpdate(ranges, changes, committedAt)));
        }
        try
        {
            await Task.WhenAll(calls);
        }
        catch (Exception ex)
        {
            LogForwardFailed(calls.Count(c => c.IsFaulted), calls.Count, ex.GetType().Name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Failed} of {Calls} figure forwards failed ({ErrorType}: {Reason}); the reconcile will catch up")]
    private partial void LogForwardFailed(int failed, int calls, string errorType, string reason);
}
