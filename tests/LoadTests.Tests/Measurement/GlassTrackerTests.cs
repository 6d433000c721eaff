using System.Diagnostics;
using Philly311.Ops.LoadTests.Measurement;

namespace Philly311.Ops.LoadTests.Tests.Measurement;

public sealed class GlassTrackerTests
{
    private static long At(double ms) => (long)(ms / 1000 * Stopwatch.Frequency);

    [Fact]
    public void AnAckIsOnGlassWhenAFrameWithItsSequenceArrives()
    {
        var recorder = new LatencyRecorder();
        var glass = new GlassTracker(recorder);

        glass.OnAck(10, At(1_000));
        glass.OnFrame(9, At(1_100));
        glass.OnFrame(12, At(1_250));

        var total = recorder.Total();
        total.Count.ShouldBe(1);
        total.Max.ShouldBe(250, 0.5);
        glass.Pending.ShouldBe(0);
    }

    [Fact]
    public void OneFrameReflectsEveryEarlierAck()
    {
        var recorder = new LatencyRecorder();
        var glass = new GlassTracker(recorder);

        glass.OnAck(3, At(100));
        glass.OnAck(1, At(50));
        glass.OnAck(2, At(80));
        glass.OnAck(7, At(120));
        glass.OnFrame(3, At(200));

        recorder.Total().Count.ShouldBe(3);
        recorder.Total().Max.ShouldBe(150, 0.2);
        glass.Pending.ShouldBe(1);
    }

    [Fact]
    public void AFrameThatOutranTheAckCountsAsAlreadyOnGlass()
    {
        var recorder = new LatencyRecorder();
        var glass = new GlassTracker(recorder);

        glass.OnFrame(20, At(100));
        glass.OnAck(18, At(110));

        recorder.Total().Count.ShouldBe(1);
        recorder.Total().Max.ShouldBe(0);
    }

    [Fact]
    public void OlderFramesDoNotMoveTheMarkBack()
    {
        var recorder = new LatencyRecorder();
        var glass = new GlassTracker(recorder);

        glass.OnFrame(20, At(100));
        glass.OnFrame(15, At(110));

        glass.Seen.ShouldBe(20);
    }
}
