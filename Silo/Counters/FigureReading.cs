namespace Philly311.Ops.Silo.Counters;

/// <summary>One consistent read of one figure: complete for every event up to <see cref="Sequence"/>.</summary>
public sealed record FigureReading(long Sequence, string Today, FigureCounts Counts, long[] QuarterHours);
