using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Dashboard.Tests.Queues;

namespace Philly311.Ops.Dashboard.Tests.Hub;

/// <summary>A queue grain that answers a fixed frame (sequence <see cref="Sequence"/>) and takes subscriptions without keeping them.</summary>
public sealed class StandInQueueGrain : Grain, IQueueGrain
{
    public const long Sequence = 40;

    public Task<QueueFrame> GetFrameAsync() => Task.FromResult(QueueBoardTests.Frame(this.GetPrimaryKeyString(), waiting: 3, sequence: Sequence));

    public Task SubscribeAsync(IQueueObserver observer) => Task.CompletedTask;

    public Task UnsubscribeAsync(IQueueObserver observer) => Task.CompletedTask;
}
