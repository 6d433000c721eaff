namespace Philly311.Ops.Contracts.Board;

/// <summary>
/// Live counters of one key in one dimension (a department, a neighborhood, a ZIP, a channel or the city).
/// "Today" is the America/New_York calendar day named by the snapshot that carries the entry.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CounterEntry(
    [property: Id(0)] string Key,
    [property: Id(1)] string Name,
    [property: Id(2)] long Received,
    [property: Id(3)] long ReceivedToday,
    [property: Id(4)] long Open,
    [property: Id(5)] long Closed,
    [property: Id(6)] long ClosedToday);
