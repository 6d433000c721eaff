namespace Philly311.Ops.Silo.Queues;

/// <summary>The router's side of a queue grain: takes one figure's merged changes (in commit order).</summary>
public interface IQueueFeed : IGrainWithStringKey
{
    Task ApplyAsync(QueueCommit update);
}
