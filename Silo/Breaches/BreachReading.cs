namespace Philly311.Ops.Silo.Breaches;

/// <summary>The breach state as one script read it: counts per figure key, names, and the longest overdue (member, due).</summary>
public sealed record BreachReading(
    long Version,
    IReadOnlyDictionary<string, long> Counts,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<(string Member, DateTimeOffset Due)> Longest);
