using HdrHistogram;

namespace Philly311.Ops.LoadTests.Breaches;

/// <summary>
/// Each measured request's detection lag, from the totals seen: due times are sorted and nothing closes, so the
/// request with the i-th due time (0-based) is breached once the total reaches i + 1, and its lag is when that was
/// first seen minus its due time. Requests due before <c>from</c> (breached by their own commit) are not measured.
/// </summary>
internal sealed record BreachLags(int Measured, int Missed, double P50Ms, double P90Ms, double P99Ms, double MaxMs, double WithinBudgetShare)
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    public static BreachLags From(DateTimeOffset[] dues, IReadOnlyList<(DateTimeOffset At, long Total)> seen, DateTimeOffset from, DateTimeOffset to)
    {
        var histogram = new LongHistogram(1, 3_600_000_000, 3);
        var measured = 0;
        var missed = 0;
        var within = 0;
        var s = 0;
        for (var i = 0; i < dues.Length; i++)
        {
            if (dues[i] < from || dues[i] > to) continue;
            while (s < seen.Count && seen[s].Total < i + 1) s++;
            if (s == seen.Count)
            {
                missed++;
                continue;
            }
            var lag = seen[s].At - dues[i];
            measured++;
            if (lag <= Budget) within++;
            histogram.RecordValue(Math.Max(1, lag.Ticks / 10));
        }
        double Ms(double percentile) => measured == 0 ? double.NaN : histogram.GetValueAtPercentile(percentile) / 1000.0;
        return new BreachLags(measured, missed, Ms(50), Ms(90), Ms(99), measured == 0 ? double.NaN : histogram.GetMaxValue() / 1000.0,
            measured + missed == 0 ? 0 : (double)within / (measured + missed));
    }

    public bool Pass => Measured > 0 && Missed == 0 && P99Ms <= Budget.TotalMilliseconds;
}
