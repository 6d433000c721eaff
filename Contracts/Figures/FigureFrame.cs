using Philly311.Ops.Contracts.Board;

namespace Philly311.Ops.Contracts.Figures;

/// <summary>
/// One live figure as its grain holds it: the entry's counters, today's requests per 15 minutes, and how current
/// it is. <see cref="Sequence"/> is the ingest sequence the figure is complete up to: every acknowledged event with
/// a sequence ≤ it that touched this figure is in these numbers. <see cref="Version"/> is the figure's own version
/// in Redis (bumped by each commit that changed it), which is how a grain notices it missed an update.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FigureFrame(
    [property: Id(0)] string Key,
    [property: Id(1)] DateTimeOffset AsOf,
    [property: Id(2)] long Sequence,
    [property: Id(3)] long Version,
    [property: Id(4)] string Today,
    [property: Id(5)] CounterEntry Entry,
    [property: Id(6)] long[] QuarterHours);
