using Orleans.Concurrency;

namespace Philly311.Ops.Silo.Queues;

/// <summary>Per-silo merger between the contact commit and the queue grains; one-way, so forwarding never delays a 2xx.</summary>
public interface IQueueRouter : IGrainWithIntegerKey
{
    [OneWay]
    Task ForwardAsync(QueueCommit commit);
}
