namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// A contact inside the simulation in one queue: where it waits, since when, and what became of it. A transferred
/// contact goes on as a new leg in the target queue with the same id; <see cref="Leg"/> counts the queues before it.
/// </summary>
internal sealed class SimContact(string id, QueueProfile queue, string language, DateTimeOffset offeredAt, int leg = 0)
{
    public string Id { get; } = id;
    public QueueProfile Queue { get; } = queue;
    public string Language { get; } = language;
    public DateTimeOffset OfferedAt { get; } = offeredAt;
    public int Leg { get; } = leg;
    public ContactState State { get; set; } = ContactState.Waiting;

    /// <summary>What its event ids start with: the contact id in its first queue, <c>{id}-t1</c> after one transfer, so no event id repeats.</summary>
    public string EventIdStem => Leg == 0 ? Id : $"{Id}-t{Leg}";
}
