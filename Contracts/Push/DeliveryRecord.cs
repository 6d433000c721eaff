namespace Philly311.Ops.Contracts.Push;

/// <summary>
/// One delivery: one item version in one language to one channel. <see cref="IdempotencyKey"/> is the same for every
/// attempt and goes to the provider, so a retry or a resend after a crash is never a second message.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DeliveryRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] string PushId,
    [property: Id(2)] string ItemId,
    [property: Id(3)] int ItemVersion,
    [property: Id(4)] string Language,
    [property: Id(5)] PushChannel Channel,
    [property: Id(6)] string IdempotencyKey,
    [property: Id(7)] DeliveryStatus Status,
    [property: Id(8)] int Attempts,
    [property: Id(9)] string? Reason,
    [property: Id(10)] DateTimeOffset UpdatedAt,
    [property: Id(11)] bool Exercise);
