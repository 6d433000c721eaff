namespace Philly311.Ops.Silo.Counters;

/// <summary>The raw counter fields of one atomic read: field names like <c>d:streets:r</c> (dimension:key:metric).</summary>
public sealed record CounterReading(
    long Sequence,
    IReadOnlyDictionary<string, long> AllTime,
    IReadOnlyDictionary<string, long> Today,
    IReadOnlyDictionary<string, string> Names);
