namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// What the router forwards to a grain: the changes for it, merged over a few tens of ms, and the sequence ranges
/// of the commits they came from (for a list grain, every commit's range: each commit touches every dimension).
/// <see cref="CommittedAt"/> is the oldest commit's time, for the commit-to-frame metric.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record FigureUpdate(
    [property: Id(0)] SequenceRange[] Ranges,
    [property: Id(1)] FigureChange[] Changes,
    [property: Id(2)] DateTimeOffset CommittedAt);
