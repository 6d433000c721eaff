namespace Philly311.Ops.Dashboard.Board;

/// <summary>
/// Breached requests per key of a dimension (<c>dept</c>, <c>hood</c>, <c>zip</c>, <c>service</c>), for the tables' breach
/// column and sort and the map's breach switch. The breaches feature supplies the real one; until it is wired,
/// <see cref="NoBreachCounts"/> answers "not available" and the screens say so instead of showing zeros.
/// </summary>
public interface IBreachCounts
{
    /// <summary>Breached open requests by key within <paramref name="dimension"/>; null when this source has none.</summary>
    IReadOnlyDictionary<string, long>? CountsOf(string dimension);

    /// <summary>Calls <paramref name="onChange"/> (on any thread) whenever a count changed; dispose to stop.</summary>
    IDisposable Subscribe(Action onChange);
}
