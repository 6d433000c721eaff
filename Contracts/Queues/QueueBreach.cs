namespace Philly311.Ops.Contracts.Queues;

/// <summary>
/// A queue breach: the service level over the sliding window under target, or the oldest wait over its threshold.
/// <see cref="End"/> is null while it lasts. <see cref="Reason"/> is one of <see cref="QueueBreachReason"/>; <see cref="Words"/> says it for a screen.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueueBreach(
    [property: Id(0)] string Key,
    [property: Id(1)] string Reason,
    [property: Id(2)] DateTimeOffset Start,
    [property: Id(3)] DateTimeOffset? End,
    [property: Id(4)] string Words);
