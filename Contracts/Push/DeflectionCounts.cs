namespace Philly311.Ops.Contracts.Push;

/// <summary>
/// One side of a topic's deflection around a push (the contacts offered to its queues): per 15 minutes over the series'
/// window (the same quarters as <see cref="DeflectionSeries.PerQuarter"/>; empty when not available), the hour before and
/// the hour after the push's quarter, and the change in words.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DeflectionCounts(
    [property: Id(0)] long[] PerQuarter,
    [property: Id(1)] long HourBefore,
    [property: Id(2)] long HourAfter,
    [property: Id(3)] string Words);
