using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Contracts.Queues;

namespace Philly311.Ops.Contracts.Hub;

/// <summary>What the <c>/hubs/ops</c> hub sends to its subscribers (typed hub client).</summary>
public interface IOpsClient
{
    /// <summary>Group <c>city</c>: the city-wide view, when anything changed.</summary>
    Task CityChanged(CityFrame frame);

    /// <summary>Groups <c>dept:{code}</c>, <c>hood:{id}</c>, <c>zip:{zip}</c>, <c>channel:{name}</c>: one entry, when it changed.</summary>
    Task CounterChanged(CounterFrame frame);

    /// <summary>Groups <c>queues</c>, <c>queue:{slug}</c>, <c>queues:channel:{channel}</c>: the queue's frame, when it changed.</summary>
    Task QueueChanged(QueueFrame frame);

    /// <summary>Group <c>push:{pushId}</c>: the push's delivery matrix, when a delivery moved.</summary>
    Task PushChanged(PushFrame frame);

    /// <summary>Every connection, about once a second when nothing changed: the board's numbers are still current as of this time.</summary>
    Task Heartbeat(BoardHeartbeat heartbeat);

    /// <summary>
    /// Queue and push groups, about once a second while their grain is quiet but alive: the board heartbeat above says
    /// nothing about a queue's or a push's own grain, this does.
    /// </summary>
    Task GroupHeartbeat(GroupBeat heartbeat);
}
