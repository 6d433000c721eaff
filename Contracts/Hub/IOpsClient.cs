using Philly311.Ops.Contracts.Board;

namespace Philly311.Ops.Contracts.Hub;

/// <summary>What the <c>/hubs/ops</c> hub sends to its subscribers (typed hub client).</summary>
public interface IOpsClient
{
    /// <summary>Group <c>city</c>: the city-wide view, when anything changed.</summary>
    Task CityChanged(CityFrame frame);

    /// <summary>Groups <c>dept:{code}</c>, <c>hood:{id}</c>, <c>zip:{zip}</c>, <c>channel:{name}</c>: one entry, when it changed.</summary>
    Task CounterChanged(CounterFrame frame);

    /// <summary>Every group, about once a second when nothing changed: the numbers are still current as of this time.</summary>
    Task Heartbeat(BoardHeartbeat heartbeat);
}
