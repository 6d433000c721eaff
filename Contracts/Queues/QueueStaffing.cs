namespace Philly311.Ops.Contracts.Queues;

/// <summary>
/// Staffing now: agents Erlang C needs for the queue's target from the last 30 minutes' arrival rate and handle time,
/// next to those working. <see cref="ProjectedBreachAt"/>: when the queue breaches if nobody is answered (see QUEUE-RULES.md); null if nobody waits.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueueStaffing(
    [property: Id(0)] int? AgentsNeeded,
    [property: Id(1)] long AgentsWorking,
    [property: Id(2)] double ArrivalsPerHour,
    [property: Id(3)] double HandleSeconds,
    [property: Id(4)] DateTimeOffset? ProjectedBreachAt);
