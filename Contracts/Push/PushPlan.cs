namespace Philly311.Ops.Contracts.Push;

/// <summary>
/// A push as it was decided, stored before any delivery starts: the exact item versions and texts sent, so deliveries
/// are derived from it the same way after a crash. Delivery <c>n</c> is item × language × channel in this order.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PushPlan(
    [property: Id(0)] string PushId,
    [property: Id(1)] string EventId,
    [property: Id(2)] bool Exercise,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] string RequestedBy,
    [property: Id(5)] PlannedText[] Texts,
    [property: Id(6)] PushChannel[] Channels)
{
    public int DeliveryCount => Texts.Length * Channels.Length;

    public string[] Languages => Texts.Select(t => t.Language).Distinct().ToArray();
}
