namespace Philly311.Ops.Silo.Counters;

/// <summary>One consistent read of many figures (a dimension, or all of them for the snapshot).</summary>
public sealed record FigureTableReading(long Sequence, string Today, IReadOnlyList<FigureCounts> Figures, long[] QuarterHours);
