using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Dashboard.Alerts;

namespace Philly311.Ops.Dashboard.Tests.Alerts;

public sealed class AlertEvaluationTests
{
    private static readonly QueueThresholds Queue = new() { ServiceLevelAmberPercent = 80, ServiceLevelRedPercent = 70, OldestWaitAmberSeconds = 120, OldestWaitRedSeconds = 300 };
    private static readonly DepartmentThresholds Department = new() { BreachedAmber = 10, BreachedRed = 50 };
    private static readonly DateTimeOffset Now = AlertFrames.AsOf;

    [Theory]
    [InlineData(0.85, AlertLevel.Ok)]
    [InlineData(0.80, AlertLevel.Ok)]
    [InlineData(0.79, AlertLevel.Amber)]
    [InlineData(0.70, AlertLevel.Amber)]
    [InlineData(0.69, AlertLevel.Red)]
    public void TheWindowServiceLevelSetsTheLevelAgainstAmberAndRed(double share, AlertLevel expected)
    {
        var reading = AlertEvaluation.Queue(AlertFrames.Queue("spanish-line", share), Queue, Now);

        reading.Level.ShouldBe(expected);
        reading.Subject.ShouldBe("queue:spanish-line");
        reading.Metric.ShouldBe(AlertEvaluation.ServiceLevel);
    }

    [Fact]
    public void WithoutAWindowTheDaysServiceLevelCountsAndWithNeitherItIsOk()
    {
        AlertEvaluation.Queue(AlertFrames.Queue("main", null, dayServiceLevel: 0.5), Queue, Now).Level.ShouldBe(AlertLevel.Red);
        AlertEvaluation.Queue(AlertFrames.Queue("main", null), Queue, Now).Level.ShouldBe(AlertLevel.Ok);
    }

    [Fact]
    public void TheOldestWaitTurnsAmberThenRedAsTimePassesWithoutANewFrame()
    {
        var frame = AlertFrames.Queue("main", 0.95, waiting: 3, oldestSince: Now.AddSeconds(-100));

        AlertEvaluation.Queue(frame, Queue, Now).Level.ShouldBe(AlertLevel.Ok);
        var amber = AlertEvaluation.Queue(frame, Queue, Now.AddSeconds(20));
        amber.Level.ShouldBe(AlertLevel.Amber);
        amber.Metric.ShouldBe(AlertEvaluation.OldestWait);
        amber.Value.ShouldBe("2:00");
        var red = AlertEvaluation.Queue(frame, Queue, Now.AddSeconds(200));
        red.Level.ShouldBe(AlertLevel.Red);
        red.Evidence.ShouldBe(Now.AddSeconds(200));
    }

    [Fact]
    public void TheWorseMetricWinsAndNobodyWaitingMeansNoWait()
    {
        var frame = AlertFrames.Queue("main", 0.75, waiting: 1, oldestSince: Now.AddSeconds(-400));
        AlertEvaluation.Queue(frame, Queue, Now).Metric.ShouldBe(AlertEvaluation.OldestWait);

        var empty = AlertFrames.Queue("main", 0.95, waiting: 0, oldestSince: Now.AddSeconds(-400));
        AlertEvaluation.Queue(empty, Queue, Now).Level.ShouldBe(AlertLevel.Ok);
    }

    [Theory]
    [InlineData(9, AlertLevel.Ok)]
    [InlineData(10, AlertLevel.Amber)]
    [InlineData(49, AlertLevel.Amber)]
    [InlineData(50, AlertLevel.Red)]
    public void ADepartmentsBreachedCountSetsItsLevel(long breached, AlertLevel expected) =>
        AlertEvaluation.Department("streets", "Streets Department", breached, Department, Now).Level.ShouldBe(expected);

    [Fact]
    public void ADepartmentGoneFromTheFrameIsReadAsNonePastDue()
    {
        var frame = new BreachFrame(3, Now, 60, [new BreachCount("water", "Water Department", 60)], [], [], [], []);

        var readings = AlertEvaluation.Departments(frame, _ => Department, new Dictionary<string, string> { ["streets"] = "Streets Department" }).ToList();

        readings.Single(r => r.Subject == "department:water").Level.ShouldBe(AlertLevel.Red);
        var streets = readings.Single(r => r.Subject == "department:streets");
        streets.Level.ShouldBe(AlertLevel.Ok);
        streets.Value.ShouldBe("0");
    }
}
