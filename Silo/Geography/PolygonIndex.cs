using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Philly311.Ops.Silo.Geography;

/// <summary>
/// Point-in-polygon over a fixed set of areas: an STRtree narrows the candidates by envelope, prepared
/// geometries answer the exact test. A point on a shared border is covered by both areas; the first in
/// the order given wins, so the answer never depends on tree layout.
/// </summary>
internal sealed class PolygonIndex<T> where T : class
{
    private readonly STRtree<(int Order, IPreparedGeometry Shape, T Value)> _tree = new();

    public PolygonIndex(IEnumerable<(Geometry Shape, T Value)> areas)
    {
        var order = 0;
        foreach (var (shape, value) in areas)
        {
            _tree.Insert(shape.EnvelopeInternal, (order++, PreparedGeometryFactory.Prepare(shape), value));
        }
        _tree.Build();
    }

    public T? At(double lat, double lon)
    {
        var point = new Point(lon, lat);
        (int Order, T? Value) best = (int.MaxValue, null);
        foreach (var candidate in _tree.Query(point.EnvelopeInternal))
        {
            if (candidate.Order < best.Order && candidate.Shape.Covers(point)) best = (candidate.Order, candidate.Value);
        }
        return best.Value;
    }
}
