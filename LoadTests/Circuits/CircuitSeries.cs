namespace Philly311.Ops.LoadTests.Circuits;

/// <summary>
/// One page's measurement: the steps with tabs open (0 first), the heap after all its tabs closed — at once and again
/// after the circuit retention period — and, when walked, the types (and type ← holder pairs) that grew per circuit.
/// </summary>
internal sealed record CircuitSeries(
    string Series, string Shown, IReadOnlyList<MemoryStep> Steps, HeapReading? AtClose, HeapReading? AfterRetention,
    TimeSpan RetentionWait, IReadOnlyList<TypeGrowth> Growth, IReadOnlyList<TypeGrowth>? HolderGrowth = null)
{
    public LeastSquares? LiveFit => Fit(s => s.LiveBytes);

    public LeastSquares? HeapFit => Fit(s => s.HeapBytes);

    public LeastSquares? RssFit => Fit(s => s.RssBytes);

    public int StepsWithTabs => Steps.Count(s => s.Tabs > 0);

    public CircuitVerdict Verdict => CircuitBudget.Judge(LiveFit, StepsWithTabs);

    public MemoryStep? Baseline => Steps.FirstOrDefault(s => s.Tabs == 0);

    public MemoryStep? Peak => Steps.Count == 0 ? null : Steps.MaxBy(s => s.Tabs);

    /// <summary>The share of the peak's growth over the baseline gone again in <paramref name="reading"/>; null when there was none to lose.</summary>
    public double? Returned(HeapReading? reading)
    {
        if (reading is null || Baseline is not { } baseline || Peak is not { } peak) return null;
        var grew = peak.LiveBytes - baseline.LiveBytes;
        return grew <= 0 ? null : (peak.LiveBytes - reading.LiveBytes) / (double)grew;
    }

    private LeastSquares? Fit(Func<MemoryStep, long> bytes)
    {
        var points = Steps.Select(s => ((double)s.Tabs, (double)bytes(s))).ToList();
        return points.Select(p => p.Item1).Distinct().Count() < 2 ? null : LeastSquares.Fit(points);
    }
}
