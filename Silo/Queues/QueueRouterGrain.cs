using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Silo.Figures;

namespace Philly311.Ops.Silo.Queues;

/// <summary>
/// Merges this silo's contact commits for up to <see cref="FigureOptions.RouterWindow"/> (the same
/// <see cref="RouterWindow{TCommit}"/> as <see cref="DeltaRouterGrain"/>) and forwards one call per changed queue figure.
/// </summary>
[StatelessWorker(1)]
[Reentrant]
public sealed class QueueRouterGrain(IOptions<FigureOptions> options, TimeProvider clock, ILogger<QueueRouterGrain> logger) : Grain, IQueueRouter
{
    private RouterWindow<QueueCommit>? _window;

    public Task ForwardAsync(QueueCommit commit)
    {
        (_window ??= new(this, options.Value.RouterWindow, clock, Dispatch, "queue", logger)).Add(commit);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        _window?.DrainAsync(cancellationToken) ?? Task.CompletedTask;

    private List<Task> Dispatch(QueueCommit[] commits)
    {
        var committedAt = commits.Min(c => c.CommittedAt);
        var byKey = commits.SelectMany(c => c.Changes).GroupBy(c => c.Key, StringComparer.Ordinal).ToList();
        string[] queues = [.. byKey.Select(g => g.Key).Where(QueueKeys.IsQueue)];
        return byKey.Select(g => GrainFactory.GetGrain<IQueueFeed>(g.Key).ApplyAsync(new QueueCommit([.. g], committedAt, g.Key == QueueKeys.City ? queues : [])))
            .ToList();
    }
}
