using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.LoadTests.Replay;

namespace Philly311.Ops.LoadTests.Tests.Replay;

public sealed class ReplayPlanTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T10:00:00+00:00");
    private static readonly DateTimeOffset Day = DateTimeOffset.Parse("2025-02-14T00:00:00+00:00");

    private static ServiceRequestEvent At(string id, double hours) => new() { ServiceRequestId = id, RequestedDatetime = Day.AddHours(hours) };

    [Fact]
    public void EventsAreSentInRequestedOrderAtTheirScaledMoments()
    {
        var plan = ReplayPlan.Build([At("b", 2), At("a", 1), At("c", 3)], Now, 60, keepTimes: false, idPrefix: "");

        plan.Select(p => p.Event.ServiceRequestId).ShouldBe(["a", "b", "c"]);
        plan.Select(p => p.Due).ShouldBe([TimeSpan.Zero, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2)]);
        plan[0].Event.RequestedDatetime.ShouldBe(Now);
    }

    [Fact]
    public void TwoVersionsOfOneRequestKeepTheirFileOrder()
    {
        var closed = At("a", 1) with { Status = "Closed" };

        var plan = ReplayPlan.Build([At("a", 1), closed], Now, 60, keepTimes: false, idPrefix: "");

        plan[1].Event.Status.ShouldBe("Closed");
    }

    [Fact]
    public void KeepTimesSendsOriginalTimesAtOnce()
    {
        var plan = ReplayPlan.Build([At("a", 1), At("b", 5)], Now, 60, keepTimes: true, idPrefix: "");

        plan.ShouldAllBe(p => p.Due == TimeSpan.Zero);
        plan[1].Event.RequestedDatetime.ShouldBe(Day.AddHours(5));
    }

    [Fact]
    public void ThePrefixMakesEveryRunsIdsFresh()
    {
        var plan = ReplayPlan.Build([At("17423953", 0)], Now, 60, keepTimes: false, idPrefix: "run1700000000-");

        plan[0].Event.ServiceRequestId.ShouldBe("run1700000000-17423953");
    }
}
