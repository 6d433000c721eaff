using Bunit;
using Philly311.Ops.Dashboard.Drilldown;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Drilldown;

public sealed class CounterListPageTests : BoardTestContext
{
    [Fact]
    public void TheFullListShowsEveryRowLinkedToItsDrillDownWithTheBoardsFreshness()
    {
        var hoods = Enumerable.Range(1, 40).Select(i => Snapshots.Entry($"hood-{i:00}", $"Hood {i:00}", receivedToday: i, open: i)).ToArray();
        Feed.Publish(Snapshots.Sample() with { Neighborhoods = hoods });

        var page = Render<NeighborhoodListPage>();

        page.FindAll("[data-table='Neighborhoods'] tbody tr[data-key]").Count.ShouldBe(40);
        page.FindAll(".show-all").ShouldBeEmpty();
        page.Find("tr[data-key='hood-07'] a.drill-link").GetAttribute("href").ShouldBe("neighborhoods/hood-07");
        page.Find(".board-head .freshness-badge").GetAttribute("data-state").ShouldBe(nameof(FeedState.Live));
    }

    [Fact]
    public void BreachCountsReachTheFullListAsTheyChange()
    {
        Feed.Publish(Snapshots.Sample());
        var page = Render<DepartmentListPage>();

        Breaches.Set("dept", new Dictionary<string, long> { ["water"] = 5 });

        page.WaitForAssertion(() =>
            page.Find("tr[data-key='water']").QuerySelectorAll("td.num")[^1].TextContent.ShouldBe("5"));
    }
}
