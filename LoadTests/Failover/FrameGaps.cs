namespace Philly311.Ops.LoadTests.Failover;

/// <summary>The longest silence a hub subscriber saw, from its frames' arrival times (seconds of the run's clock, ascending).</summary>
internal static class FrameGaps
{
    /// <summary>
    /// The longest time without a frame that overlaps [from, to]: between two frames, from the last frame before
    /// <paramref name="from"/> (or from <paramref name="from"/> itself when there was none) to the first inside, and from the last
    /// frame to <paramref name="to"/> — a subscriber that stopped receiving shows the whole silence, not the gaps before it.
    /// </summary>
    public static double Longest(IReadOnlyList<double> frames, double from, double to)
    {
        if (to <= from) return 0;
        var previous = from;
        foreach (var frame in frames)
        {
            if (frame <= from) previous = frame;
            else break;
        }
        var longest = 0.0;
        foreach (var frame in frames)
        {
            if (frame <= from) continue;
            if (frame > to) break;
            longest = Math.Max(longest, frame - previous);
            previous = frame;
        }
        return Math.Max(longest, to - previous);
    }

    /// <summary>Nearest-rank percentile (0–100) of a set of values; 0 for none.</summary>
    public static double Percentile(IReadOnlyList<double> values, double percentile)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
