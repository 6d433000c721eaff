using Philly311.Ops.Silo.Figures;

namespace Philly311.Ops.Silo.Queues;

/// <summary>Hands each contact commit to this silo's <see cref="IQueueRouter"/> through a <see cref="RouterHandoff"/>.</summary>
public sealed class QueueRouterForwarder(IGrainFactory grains, ILogger<QueueRouterForwarder> logger) : IQueueForwarder
{
    private readonly RouterHandoff _handoff = new("a contact commit to the queues", logger);

    public void Forward(QueueCommit commit) => _handoff.Send(() => grains.GetGrain<IQueueRouter>(0).ForwardAsync(commit));
}
