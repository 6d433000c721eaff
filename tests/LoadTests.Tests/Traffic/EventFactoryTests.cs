using Philly311.Ops.LoadTests.Traffic;

namespace Philly311.Ops.LoadTests.Tests.Traffic;

public sealed class EventFactoryTests
{
    private static EventFactory Factory() => new(EventFactory.ShippedTemplates(), "lt-run-", TimeProvider.System);

    [Fact]
    public void NewRequestsHaveFreshPrefixedIdsAndRealParadeDayValues()
    {
        var factory = Factory();

        var requests = Enumerable.Range(0, 600).Select(_ => factory.NewRequest()).ToList();

        requests.Select(r => r.ServiceRequestId).Distinct().Count().ShouldBe(600);
        requests.ShouldAllBe(r => r.ServiceRequestId.StartsWith("lt-run-") && r.Status == "Open" && r.ClosedDatetime == null);
        requests.Select(r => r.AgencyResponsible).Distinct().Count().ShouldBeGreaterThan(3);
        requests.ShouldContain(r => r.Zipcode == "19128.0");
        requests.First().RequestedDatetime.ShouldBeInRange(DateTimeOffset.UtcNow.AddSeconds(-5), DateTimeOffset.UtcNow);
    }

    [Fact]
    public void AnUpdateClosesARequestThatWasAccepted()
    {
        var factory = Factory();
        var first = factory.NewRequest();
        factory.Accepted(first);

        var update = factory.NextUpdate();

        update.ServiceRequestId.ShouldBe(first.ServiceRequestId);
        update.Status.ShouldBe("Closed");
        update.RequestedDatetime.ShouldBe(first.RequestedDatetime);
        update.ClosedDatetime.ShouldNotBeNull();
        update.UpdatedDatetime!.Value.ShouldBeGreaterThanOrEqualTo(first.RequestedDatetime);
    }

    [Fact]
    public void WithNothingLeftToUpdateAnUpdateIsANewRequest()
    {
        var factory = Factory();
        factory.Accepted(factory.NewRequest());
        factory.NextUpdate();

        var next = factory.NextUpdate();

        next.Status.ShouldBe("Open");
    }

    [Fact]
    public void UpdatesCatchUpAfterABurstOfNewRequests()
    {
        var factory = Factory();
        for (var i = 0; i < 200_000; i++) factory.Accepted(factory.NewRequest());

        var updates = Enumerable.Range(0, 10).Select(_ => factory.NextUpdate()).ToList();

        updates.Count(u => u.Status == "Closed").ShouldBeGreaterThanOrEqualTo(9);
        updates.Select(u => u.ServiceRequestId).Distinct().Count().ShouldBe(10);
    }
}
