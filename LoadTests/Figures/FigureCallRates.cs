namespace Philly311.Ops.LoadTests.Figures;

/// <summary>Calls a second per figure from cumulative samples of one silo, and the hottest figure of a window.</summary>
internal static class FigureCallRates
{
    /// <summary>
    /// Calls a second per figure between two samples of the same silo, over the silo's own as-of times. Null when no time
    /// passed or a total went down or vanished (the silo restarted): such an interval says nothing about a rate.
    /// </summary>
    public static IReadOnlyDictionary<string, double>? Between(FigureCallSample earlier, FigureCallSample later) =>
        Deltas(earlier, later) is { } d ? d.Calls.ToDictionary(p => p.Key, p => p.Value / d.Seconds, StringComparer.Ordinal) : null;

    /// <summary>
    /// The figure with the highest calls a second over any interval whose both samples fall in [from, to] (run seconds);
    /// ties go to the higher mean, then the name. The mean is over the usable intervals only. Null when there is none.
    /// </summary>
    public static HotFigure? Hottest(IReadOnlyList<FigureCallSample> samples, double from, double to)
    {
        var inside = samples.Where(s => s.Second >= from && s.Second <= to).OrderBy(s => s.Second).ToList();
        var max = new Dictionary<string, double>(StringComparer.Ordinal);
        var total = new Dictionary<string, long>(StringComparer.Ordinal);
        var seconds = 0.0;
        var intervals = 0;
        for (var i = 1; i < inside.Count; i++)
        {
            if (Deltas(inside[i - 1], inside[i]) is not { } d) continue;
            intervals++;
            seconds += d.Seconds;
            foreach (var (figure, calls) in d.Calls)
            {
                max[figure] = Math.Max(max.GetValueOrDefault(figure), calls / d.Seconds);
                total[figure] = total.GetValueOrDefault(figure) + calls;
            }
        }
        if (intervals == 0 || max.Count == 0) return null;
        var hottest = max
            .OrderByDescending(p => p.Value)
            .ThenByDescending(p => total[p.Key])
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .First();
        return new HotFigure(hottest.Key, hottest.Value, total[hottest.Key] / seconds, intervals);
    }

    private static (double Seconds, Dictionary<string, long> Calls)? Deltas(FigureCallSample earlier, FigureCallSample later)
    {
        var seconds = (later.AsOf - earlier.AsOf).TotalSeconds;
        if (seconds <= 0) return null;
        if (earlier.Calls.Keys.Any(figure => !later.Calls.ContainsKey(figure))) return null;
        var calls = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (figure, count) in later.Calls)
        {
            var delta = count - earlier.Calls.GetValueOrDefault(figure);
            if (delta < 0) return null;
            calls[figure] = delta;
        }
        return (seconds, calls);
    }
}
