namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>A contact inside the simulation: where it waits, since when, and what became of it.</summary>
internal sealed class SimContact(string id, QueueProfile queue, string language, DateTimeOffset offeredAt)
{
    public string Id { get; } = id;
    public QueueProfile Queue { get; } = queue;
    public string Language { get; } = language;
    public DateTimeOffset OfferedAt { get; } = offeredAt;
    public ContactState State { get; set; } = ContactState.Waiting;
}
