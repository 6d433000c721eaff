namespace Philly311.Ops.Silo.Queues;

/// <summary>Takes what a contact commit changed to the queue grains. Never throws and never waits: the commit is already durable.</summary>
public interface IQueueForwarder
{
    void Forward(QueueCommit commit);
}
