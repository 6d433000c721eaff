using Philly311.Ops.LoadTests.Failover;

namespace Philly311.Ops.LoadTests.Tests.Failover;

public sealed class FrameGapsTests
{
    [Fact]
    public void TheLongestGapIsBetweenTwoFramesInsideTheWindow()
    {
        double[] frames = [1.0, 1.2, 1.5, 2.9, 3.1, 3.3];

        FrameGaps.Longest(frames, 1.0, 3.4).ShouldBe(1.4, 1e-9);
    }

    [Fact]
    public void ASubscriberThatStoppedReceivingShowsTheWholeSilence()
    {
        double[] frames = [10.0, 10.3, 10.6, 11.0];

        FrameGaps.Longest(frames, 10.0, 25.0).ShouldBe(14.0, 1e-9, "from the last frame at 11 s to the window's end at 25 s");
    }

    [Fact]
    public void AGapThatStartedBeforeTheWindowCountsWhole()
    {
        double[] frames = [5.0, 9.0, 9.2];

        FrameGaps.Longest(frames, 8.0, 9.3).ShouldBe(4.0, 1e-9, "the silence from 5 s to 9 s overlaps the window");
        FrameGaps.Longest([], 8.0, 9.5).ShouldBe(1.5, 1e-9, "no frame at all: the whole window is silent");
        FrameGaps.Longest(frames, 9.3, 9.3).ShouldBe(0);
    }

    [Fact]
    public void FramesAfterTheWindowDoNotShortenIt()
    {
        double[] frames = [1.0, 4.0];

        FrameGaps.Longest(frames, 1.0, 2.0).ShouldBe(1.0, 1e-9);
    }

    [Fact]
    public void PercentilesAreNearestRank()
    {
        double[] values = [0.3, 0.1, 0.2, 2.0];

        FrameGaps.Percentile(values, 50).ShouldBe(0.2);
        FrameGaps.Percentile(values, 99).ShouldBe(2.0);
        FrameGaps.Percentile([], 99).ShouldBe(0);
    }

    [Fact]
    public void GapStatsTakeEachSubscribersLongestGap()
    {
        IReadOnlyList<IReadOnlyList<double>> subscribers = [[0.5, 1.0, 1.5, 2.0, 2.5, 3.0], [0.5, 1.0, 2.9, 3.0], []];

        var stats = GapStats.Of(subscribers, 0.5, 3.0);

        stats.Subscribers.ShouldBe(3);
        stats.WithFrames.ShouldBe(2);
        stats.Frames.ShouldBe(8);
        stats.Max.ShouldBe(2.5, 1e-9, "the subscriber without frames was silent for the whole window");
        stats.P50.ShouldBe(1.9, 1e-9);
    }

    [Fact]
    public void RecoveryIsTimedFromTheKill()
    {
        var recovery = Recovery.Of([(20.1, 20.4, 20.9), (20.1, 21.0, 22.0), (20.2, null, null), (null, null, null)], killAt: 20.0);

        recovery.Dropped.ShouldBe(3);
        recovery.Rejoined.ShouldBe(2);
        recovery.GotFrames.ShouldBe(2);
        recovery.RejoinMax.ShouldNotBeNull().ShouldBe(1.0, 1e-9);
        recovery.FramesMax.ShouldNotBeNull().ShouldBe(2.0, 1e-9);
        recovery.FramesP50.ShouldNotBeNull().ShouldBe(0.9, 1e-9);
    }
}
