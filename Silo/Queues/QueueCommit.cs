namespace Philly311.Ops.Silo.Queues;

/// <summary>
/// What contact or agent scripts changed, and when the first was committed. <see cref="Queues"/>: the queue keys a router
/// flush touched, so the city roll-up learns of a new queue without reading Redis.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueueCommit(
    [property: Id(0)] QueueChange[] Changes,
    [property: Id(1)] DateTimeOffset CommittedAt,
    [property: Id(2)] string[] Queues);
