using HdrHistogram;

namespace Philly311.Ops.LoadTests.Measurement;

/// <summary>
/// HdrHistogram of latencies in microseconds (1 µs to 5 min, 3 significant digits), kept three ways at once:
/// the whole run, the current one-second interval (for the timeline) and the current step (for the knee).
/// A lock is cheap next to an HTTP round trip and keeps the three consistent. Taken histograms are reset and
/// reused (each is ~0.5 MB), so sampling every second makes no garbage; one caller at a time takes each kind.
/// </summary>
internal sealed class LatencyRecorder
{
    private const long Highest = 300_000_000;
    private readonly object _gate = new();
    private readonly LongHistogram _total = New();
    private LongHistogram _interval = New();
    private LongHistogram _intervalSpare = New();
    private LongHistogram _step = New();
    private LongHistogram _stepSpare = New();

    private static LongHistogram New() => new(1, Highest, 3);

    public void Record(TimeSpan latency)
    {
        var micros = Math.Clamp((long)(latency.Ticks / 10), 0, Highest);
        lock (_gate)
        {
            _total.RecordValue(micros);
            _interval.RecordValue(micros);
            _step.RecordValue(micros);
        }
    }

    public LatencySummary Total()
    {
        lock (_gate) return Summarize(_total);
    }

    public LatencySummary TakeInterval() => Take(ref _interval, ref _intervalSpare);

    public LatencySummary TakeStep() => Take(ref _step, ref _stepSpare);

    /// <summary>Swaps in the spare under the lock, summarizes the taken one outside it, and keeps it, reset, as the next spare.</summary>
    private LatencySummary Take(ref LongHistogram live, ref LongHistogram spare)
    {
        LongHistogram taken;
        lock (_gate)
        {
            taken = live;
            live = spare;
        }
        var summary = Summarize(taken);
        taken.Reset();
        spare = taken;
        return summary;
    }

    internal static LatencySummary Summarize(HistogramBase h)
    {
        if (h.TotalCount == 0) return LatencySummary.Empty;
        static double Ms(long micros) => micros / 1000.0;
        return new LatencySummary(
            h.TotalCount,
            Ms(h.GetValueAtPercentile(50)),
            Ms(h.GetValueAtPercentile(90)),
            Ms(h.GetValueAtPercentile(99)),
            Ms(h.GetValueAtPercentile(99.9)),
            Ms(h.GetMaxValue()),
            h.GetMean() / 1000.0);
    }
}
