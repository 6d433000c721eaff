namespace Philly311.Ops.Dashboard.Map;

/// <summary>
/// Douglas–Peucker on one closed ring in screen units: drops points closer than the tolerance to the line kept, so
/// 14,700 surveyed points become a few thousand without a visible change at board size.
/// </summary>
public static class RingSimplification
{
    public static IReadOnlyList<(double X, double Y)> Simplify(IReadOnlyList<(double X, double Y)> ring, double tolerance)
    {
        if (ring.Count <= 4) return ring;
        var keep = new bool[ring.Count];
        keep[0] = keep[^1] = true;
        // A ring starts and ends on the same point, so split it at its farthest point to give the line two ends.
        var far = Farthest(ring, 0, ring.Count - 1, ring[0], ring[0]).Index;
        keep[far] = true;
        Mark(ring, 0, far, tolerance, keep);
        Mark(ring, far, ring.Count - 1, tolerance, keep);
        var kept = new List<(double, double)>();
        for (var i = 0; i < ring.Count; i++)
        {
            if (keep[i]) kept.Add(ring[i]);
        }
        return kept.Count >= 4 ? kept : ring;
    }

    private static void Mark(IReadOnlyList<(double X, double Y)> ring, int first, int last, double tolerance, bool[] keep)
    {
        // An explicit stack: a long straight border would otherwise recurse once per point.
        var spans = new Stack<(int First, int Last)>();
        spans.Push((first, last));
        while (spans.Count > 0)
        {
            var (a, b) = spans.Pop();
            if (b - a < 2) continue;
            var (index, distance) = Farthest(ring, a + 1, b - 1, ring[a], ring[b]);
            if (distance <= tolerance) continue;
            keep[index] = true;
            spans.Push((a, index));
            spans.Push((index, b));
        }
    }

    private static (int Index, double Distance) Farthest(
        IReadOnlyList<(double X, double Y)> ring, int from, int to, (double X, double Y) a, (double X, double Y) b)
    {
        var best = (Index: from, Distance: -1.0);
        for (var i = from; i <= to; i++)
        {
            var d = DistanceToSegment(ring[i], a, b);
            if (d > best.Distance) best = (i, d);
        }
        return best;
    }

    private static double DistanceToSegment((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        var length = dx * dx + dy * dy;
        var t = length == 0 ? 0 : Math.Clamp(((p.X - a.X) * dx + (p.Y - a.Y) * dy) / length, 0, 1);
        var x = a.X + t * dx - p.X;
        var y = a.Y + t * dy - p.Y;
        return Math.Sqrt(x * x + y * y);
    }
}
