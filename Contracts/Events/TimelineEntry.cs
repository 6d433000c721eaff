namespace Philly311.Ops.Contracts.Events;

/// <summary>
/// One line of an event's audit trail: who did what, when, and — for pushes — which FAQ text versions
/// (<see cref="TextVersions"/>, e.g. "parking-routes@v3"). <see cref="Who"/> is "unknown" when no user was signed in.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TimelineEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Who,
    [property: Id(2)] string What,
    [property: Id(3)] string Detail,
    [property: Id(4)] string? TextVersions = null,
    [property: Id(5)] string? PushId = null);
