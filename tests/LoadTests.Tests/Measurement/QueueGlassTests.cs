using System.Diagnostics;
using Philly311.Ops.LoadTests.Measurement;

namespace Philly311.Ops.LoadTests.Tests.Measurement;

public sealed class QueueGlassTests
{
    private static long At(double ms) => (long)(ms / 1000 * Stopwatch.Frequency);

    [Fact]
    public void AContactIsOnGlassWhenItsOwnQueueReachesItsSequenceNotWhenAnotherQueueDoes()
    {
        var recorder = new LatencyRecorder();
        var glass = new QueueGlass(recorder, ["queue:general", "queue:water"]);

        glass.OnAck("queue:general", 40, At(1_000));
        glass.OnFrame("queue:water", 45, At(1_020));
        glass.OnFrame("queue:general", 39, At(1_050));
        glass.OnFrame("queue:general", 41, At(1_180));

        recorder.Total().Count.ShouldBe(1);
        recorder.Total().Max.ShouldBe(180, 0.5);
        glass.Pending.ShouldBe(0);
    }

    [Fact]
    public void EachQueueKeepsItsOwnMarkSoAnOlderSequenceElsewhereStillWaits()
    {
        var recorder = new LatencyRecorder();
        var glass = new QueueGlass(recorder, ["queue:general", "queue:water"]);
        glass.OnFrame("queue:water", 100, At(0));

        glass.OnAck("queue:general", 50, At(10));
        glass.OnAck("queue:water", 90, At(10));

        recorder.Total().Count.ShouldBe(1, "water had shown 100 already: on glass (0 ms); general has shown nothing yet");
        recorder.Total().Max.ShouldBe(0);
        glass.Pending.ShouldBe(1);
    }

    [Fact]
    public void ABulkAckWaitsForEveryQueueItTouchedOnce()
    {
        var recorder = new LatencyRecorder();
        var glass = new QueueGlass(recorder, ["queue:general", "queue:water"]);

        glass.OnBulkAck(["queue:general", "queue:water", "queue:general"], 70, At(0));
        glass.OnFrame("queue:general", 70, At(30));

        glass.Pending.ShouldBe(1, "water has not shown 70 yet");
        glass.OnFrame("queue:water", 71, At(90));
        recorder.Total().Count.ShouldBe(2);
        recorder.Total().Max.ShouldBe(90, 0.5);
    }

    [Fact]
    public void AnAckOfAQueueNoProbeWatchesIsCountedNotMeasured()
    {
        var recorder = new LatencyRecorder();
        var glass = new QueueGlass(recorder, ["queue:general"]);

        glass.OnAck("queue:elsewhere", 5, At(0));
        glass.OnAck(null, 6, At(0));
        glass.OnFrame("queue:elsewhere", 9, At(1));

        glass.Unwatched.ShouldBe(2);
        glass.Pending.ShouldBe(0);
        recorder.Total().Count.ShouldBe(0);
        glass.Keys.ShouldBe(["queue:general"]);
    }
}
