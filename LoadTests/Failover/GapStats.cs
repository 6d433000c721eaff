namespace Philly311.Ops.LoadTests.Failover;

/// <summary>Per-subscriber longest gaps of one dashboard's subscribers over one window: the worst, p99 and median, in seconds.</summary>
internal sealed record GapStats(int Subscribers, int WithFrames, long Frames, double Max, double P99, double P50)
{
    public static GapStats Of(IReadOnlyList<IReadOnlyList<double>> framesBySubscriber, double from, double to)
    {
        var gaps = framesBySubscriber.Select(f => FrameGaps.Longest(f, from, to)).ToList();
        return new GapStats(framesBySubscriber.Count, framesBySubscriber.Count(f => f.Any(t => t > from && t <= to)),
            framesBySubscriber.Sum(f => (long)f.Count(t => t > from && t <= to)),
            gaps.Count == 0 ? 0 : gaps.Max(), FrameGaps.Percentile(gaps, 99), FrameGaps.Percentile(gaps, 50));
    }
}
