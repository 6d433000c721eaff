namespace Philly311.Ops.LoadTests.Failover;

/// <summary>
/// How the killed dashboard's subscribers came back (on the other dashboard): how many were dropped, rejoined (Join answered)
/// and got pushed frames again, and how long after the kill (seconds: median and worst).
/// </summary>
internal sealed record Recovery(int Subscribers, int Dropped, int Rejoined, int GotFrames, double? RejoinP50, double? RejoinMax, double? FramesP50, double? FramesMax)
{
    public static Recovery Of(IReadOnlyList<(double? DroppedAt, double? RejoinedAt, double? FirstFrameAt)> subscribers, double killAt)
    {
        var rejoin = subscribers.Where(s => s.DroppedAt is not null && s.RejoinedAt is not null).Select(s => s.RejoinedAt!.Value - killAt).ToList();
        var frames = subscribers.Where(s => s.DroppedAt is not null && s.FirstFrameAt is not null).Select(s => s.FirstFrameAt!.Value - killAt).ToList();
        return new Recovery(subscribers.Count, subscribers.Count(s => s.DroppedAt is not null), rejoin.Count, frames.Count,
            rejoin.Count > 0 ? FrameGaps.Percentile(rejoin, 50) : null, rejoin.Count > 0 ? rejoin.Max() : null,
            frames.Count > 0 ? FrameGaps.Percentile(frames, 50) : null, frames.Count > 0 ? frames.Max() : null);
    }
}
