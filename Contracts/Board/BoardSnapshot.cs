namespace Philly311.Ops.Contracts.Board;

/// <summary>
/// One consistent read of every counter. <see cref="Sequence"/> is the ingest sequence the read
/// includes: an ingest acknowledged with sequence S is reflected by every snapshot with Sequence ≥ S.
/// <see cref="Services"/> is the request-type table ("what are people calling about"); null from older senders.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BoardSnapshot(
    [property: Id(0)] DateTimeOffset AsOf,
    [property: Id(1)] long Sequence,
    [property: Id(2)] string Today,
    [property: Id(3)] CounterEntry City,
    [property: Id(4)] CounterEntry[] Departments,
    [property: Id(5)] CounterEntry[] Neighborhoods,
    [property: Id(6)] CounterEntry[] Zipcodes,
    [property: Id(7)] CounterEntry[] Channels,
    [property: Id(8)] long[] QuarterHours,
    [property: Id(9)] CounterEntry[]? Services = null)
{
    /// <summary>Number of 15-minute slots in a regular day; a 25-hour DST day folds its repeated hour onto the same slots.</summary>
    public const int SlotsPerDay = 96;
}
