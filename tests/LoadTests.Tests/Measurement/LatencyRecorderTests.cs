using Philly311.Ops.LoadTests.Measurement;

namespace Philly311.Ops.LoadTests.Tests.Measurement;

public sealed class LatencyRecorderTests
{
    [Fact]
    public void PercentilesOfAKnownDistributionAreWithinHdrPrecision()
    {
        var recorder = new LatencyRecorder();
        for (var ms = 1; ms <= 1000; ms++) recorder.Record(TimeSpan.FromMilliseconds(ms));

        var total = recorder.Total();

        total.Count.ShouldBe(1000);
        total.P50.ShouldBe(500, 0.5);
        total.P90.ShouldBe(900, 0.9);
        total.P99.ShouldBe(990, 1);
        total.P999.ShouldBe(999, 1);
        total.Max.ShouldBe(1000, 1);
        total.Mean.ShouldBe(500.5, 0.5);
    }

    [Fact]
    public void IntervalsResetButTheTotalKeepsEverything()
    {
        var recorder = new LatencyRecorder();
        recorder.Record(TimeSpan.FromMilliseconds(5));
        recorder.Record(TimeSpan.FromMilliseconds(7));

        var first = recorder.TakeInterval();
        recorder.Record(TimeSpan.FromMilliseconds(300));
        var second = recorder.TakeInterval();

        first.Count.ShouldBe(2);
        first.Max.ShouldBe(7, 0.01);
        second.Count.ShouldBe(1);
        second.P50.ShouldBe(300, 0.3);
        recorder.TakeInterval().ShouldBe(LatencySummary.Empty);
        recorder.Total().Count.ShouldBe(3);
    }

    [Fact]
    public void StepsAreMeasuredApartFromIntervals()
    {
        var recorder = new LatencyRecorder();
        recorder.Record(TimeSpan.FromMilliseconds(1));
        recorder.TakeInterval();

        recorder.TakeStep().Count.ShouldBe(1);
        recorder.TakeStep().Count.ShouldBe(0);
    }

    [Fact]
    public void ZeroAndHugeValuesAreRecordedNotThrown()
    {
        var recorder = new LatencyRecorder();

        recorder.Record(TimeSpan.Zero);
        recorder.Record(TimeSpan.FromHours(2));

        recorder.Total().Count.ShouldBe(2);
        recorder.Total().Max.ShouldBeGreaterThanOrEqualTo(299_000);
    }
}
