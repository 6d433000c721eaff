namespace Philly311.Ops.Contracts.Push;

/// <summary>
/// A push as it was decided, stored before any delivery starts: the exact item versions and texts sent, so deliveries
/// are derived from it the same way after a crash. Delivery <c>n</c> is <see cref="Deliveries"/>[n].
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PushPlan(
    [property: Id(0)] string PushId,
    [property: Id(1)] string EventId,
    [property: Id(2)] bool Exercise,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] string RequestedBy,
    [property: Id(5)] PlannedText[] Texts,
    [property: Id(6)] PlannedDelivery[] Deliveries,
    [property: Id(7)] string? RetryOf = null)
{
    public string[] Languages => Texts.Select(t => t.Language).Distinct().ToArray();

    public PushChannel[] Channels => Deliveries.Select(d => d.Channel).Distinct().Order().ToArray();

    /// <summary>Every (text, channel) pair, text by text: what a fresh push of these texts to these channels sends.</summary>
    public static PlannedDelivery[] Cross(int texts, IReadOnlyList<PushChannel> channels) =>
        Enumerable.Range(0, texts).SelectMany(t => channels.Select(c => new PlannedDelivery(t, c))).ToArray();
}
