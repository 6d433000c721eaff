using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Breaches;

/// <summary>
/// Breached requests per neighborhood, for a map to color by: keys are the neighborhood ids of the counters and the
/// GeoJSON (<c>fishtown</c>, <c>unknown</c>); a neighborhood absent from <see cref="Counts"/> has none past due.
/// </summary>
public sealed record NeighborhoodBreachCounts(IReadOnlyDictionary<string, long> Counts, long Max, BoardFreshness Freshness)
{
    public long CountOf(string neighborhoodId) => Counts.GetValueOrDefault(neighborhoodId);
}
