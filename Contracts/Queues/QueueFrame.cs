namespace Philly311.Ops.Contracts.Queues;

/// <summary>
/// One queue (or a roll-up) as its grain holds it. <see cref="OldestWaitingSince"/> is a time, not a duration, so a
/// screen ticks the oldest wait every second without a new frame. Rates are null when there is nothing to divide by
/// (never NaN or infinite). <see cref="Sequence"/>: the contact-event sequence the numbers are complete up to.
/// <see cref="Queues"/> lists the queue keys (city roll-up only).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record QueueFrame(
    [property: Id(0)] string Key,
    [property: Id(1)] DateTimeOffset AsOf,
    [property: Id(2)] long Sequence,
    [property: Id(3)] string Today,
    [property: Id(4)] long Waiting,
    [property: Id(5)] DateTimeOffset? OldestWaitingSince,
    [property: Id(6)] long Offered,
    [property: Id(7)] long Answered,
    [property: Id(8)] long Abandoned,
    [property: Id(9)] double? ServiceLevel,
    [property: Id(10)] double? WindowServiceLevel,
    [property: Id(11)] double ServiceLevelTarget,
    [property: Id(12)] int AnswerWithinSeconds,
    [property: Id(13)] double? AsaSeconds,
    [property: Id(14)] double? AhtSeconds,
    [property: Id(15)] double? AbandonRate,
    [property: Id(16)] AgentCounts Agents,
    [property: Id(17)] QueueStaffing Staffing,
    [property: Id(18)] QueueBreach? Breach,
    [property: Id(19)] QueueBreach[] RecentBreaches,
    [property: Id(20)] QueueQuarter[] QuarterHours,
    [property: Id(21)] string[] Queues);
