using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Contracts.Events;

/// <summary>One event in the city's list: enough for the board's tile (the latest push's progress) without its timeline.</summary>
[GenerateSerializer, Immutable]
public sealed record EventSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] EventKind Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] EventStatus Status,
    [property: Id(4)] bool Exercise,
    [property: Id(5)] DateTimeOffset Start,
    [property: Id(6)] DateTimeOffset? PlannedEnd,
    [property: Id(7)] PushProgress? LatestPush);
