namespace Philly311.Ops.Contracts.Events;

/// <summary>An event as its grain holds it, with its whole timeline (oldest first) and the pushes made in it.</summary>
[GenerateSerializer, Immutable]
public sealed record EventSnapshot(
    [property: Id(0)] string Id,
    [property: Id(1)] EventStatus Status,
    [property: Id(2)] EventDeclaration? Declaration,
    [property: Id(3)] DateTimeOffset? ClosedAt,
    [property: Id(4)] TimelineEntry[] Timeline,
    [property: Id(5)] string[] PushIds,
    [property: Id(6)] int Version,
    [property: Id(7)] DateTimeOffset AsOf)
{
    public bool Exercise => Declaration?.Exercise ?? false;
}
