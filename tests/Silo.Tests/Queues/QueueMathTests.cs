using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Contracts.Staffing;
using Philly311.Ops.Silo.Queues;

namespace Philly311.Ops.Silo.Tests.Queues;

public sealed class QueueMathTests
{
    [Fact]
    public void RatesWithNothingToDivideByAreNullNotNaN()
    {
        QueueMath.ServiceLevel(0, 0).ShouldBeNull();
        QueueMath.AverageSpeedOfAnswer(0, 0).ShouldBeNull();
        QueueMath.AverageHandleTime(0, 0).ShouldBeNull();
        QueueMath.AbandonRate(0, 0).ShouldBeNull();
    }

    [Fact]
    public void TheOldestWaitIsNowMinusItsStartAndNeverNegative()
    {
        var now = new DateTimeOffset(2026, 3, 8, 7, 0, 0, TimeSpan.Zero);

        QueueMath.OldestWait(now.AddSeconds(-95), now).ShouldBe(TimeSpan.FromSeconds(95));
        QueueMath.OldestWait(now.AddSeconds(5), now).ShouldBe(TimeSpan.Zero);
        QueueMath.OldestWait(null, now).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void TheWindowIsTheCurrentQuarterAndTheOnesBeforeItWithinTheDay()
    {
        QueueMath.Window(40, TimeSpan.FromMinutes(5), 30).ShouldBe((39, 40, TimeSpan.FromMinutes(20)));
        QueueMath.Window(0, TimeSpan.FromMinutes(5), 30).ShouldBe((0, 0, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void StaffingNowAsksErlangCForTheWindowsRateAndHandleTime()
    {
        // 600 offered in 30 minutes = 1,200 an hour; 180 s handle: 60 erlangs.
        var settings = new QueueSettings { AnswerWithinSeconds = 20, TargetPercent = 80 };

        var staffing = StaffingNow.Compute(600, TimeSpan.FromMinutes(30), 180, null, settings, new AgentCounts(10, 40, 5, 2, 0), null, null);

        staffing.ArrivalsPerHour.ShouldBe(1200);
        staffing.AgentsNeeded.ShouldBe(ErlangC.AgentsNeeded(60, 180, 20, 0.8));
        staffing.AgentsNeeded!.Value.ShouldBeGreaterThan(60);
        staffing.AgentsWorking.ShouldBe(55);
        staffing.ProjectedBreachAt.ShouldBeNull();
    }

    [Fact]
    public void WithoutHandleTimesStaffingUsesTheQueuesDefaultAndProjectsTheBreachFromTheOldestWait()
    {
        var since = new DateTimeOffset(2026, 3, 8, 7, 0, 0, TimeSpan.Zero);
        var settings = new QueueSettings { DefaultHandleSeconds = 240, OldestWaitBreachSeconds = 180 };

        var staffing = StaffingNow.Compute(0, TimeSpan.Zero, null, null, settings, AgentCounts.None, since, null);

        staffing.HandleSeconds.ShouldBe(240);
        staffing.AgentsNeeded.ShouldBe(0);
        staffing.ProjectedBreachAt.ShouldBe(since.AddMinutes(3));
    }
}
