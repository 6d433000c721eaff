using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Philly311.Ops.Contracts.Figures;

namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// Merges what this silo committed for up to <see cref="FigureOptions.RouterWindow"/> (see <see cref="RouterWindow{TCommit}"/>)
/// and forwards it: one call per changed figure and one per list.
/// </summary>
[StatelessWorker(1)]
[Reentrant]
public sealed class DeltaRouterGrain(
    IOptions<FigureOptions> options, TimeProvider clock, FigureMetrics metrics, ILogger<DeltaRouterGrain> logger) : Grain, IDeltaRouter
{
    private RouterWindow<CommittedChanges>? _window;

    public Task ForwardAsync(CommittedChanges changes)
    {
        (_window ??= new(this, options.Value.RouterWindow, clock, Dispatch, "figure", logger)).Add(changes);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        _window?.DrainAsync(cancellationToken) ?? Task.CompletedTask;

    private List<Task> Dispatch(CommittedChanges[] commits)
    {
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
        return calls;
    }
}
