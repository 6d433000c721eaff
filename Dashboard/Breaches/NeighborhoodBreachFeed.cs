using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Breaches;

/// <summary>
/// The map's view of the <see cref="BreachFeed"/>: <see cref="Current"/> and <see cref="Subscribe"/> (called after
/// every frame or freshness change; dispose to stop). The dictionary is built once per frame, not per screen.
/// </summary>
public sealed class NeighborhoodBreachFeed(BreachFeed feed)
{
    private readonly Lock _gate = new();
    private (long Version, IReadOnlyDictionary<string, long> Counts, long Max)? _built;

    public NeighborhoodBreachCounts Current
    {
        get
        {
            var frame = feed.Current;
            var freshness = feed.Freshness;
            if (frame is null) return new NeighborhoodBreachCounts(new Dictionary<string, long>(), 0, freshness);
            lock (_gate)
            {
                if (_built is not { } built || built.Version != frame.Version)
                {
                    var counts = frame.Neighborhoods.ToDictionary(n => n.Key, n => n.Count, StringComparer.Ordinal);
                    _built = built = (frame.Version, counts, counts.Count == 0 ? 0 : counts.Values.Max());
                }
                return new NeighborhoodBreachCounts(built.Counts, built.Max, freshness);
            }
        }
    }

    public IDisposable Subscribe(Func<Task> onChange) => feed.Subscribe(onChange);
}
