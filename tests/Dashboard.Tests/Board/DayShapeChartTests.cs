using Bunit;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Dashboard.Board;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Board;

public sealed class DayShapeChartTests : BoardTestContext
{
    [Fact]
    public void TheSameWeekdayLastWeekIsDrawnAsALineOnTheSameScaleWithALegend()
    {
        var lastWeek = new long[BoardSnapshot.SlotsPerDay];
        lastWeek[40] = 30;
        DayShapes.Set("city", new DateOnly(2026, 7, 7), lastWeek);
        Feed.Publish(Snapshots.Sample());

        var page = Render<BoardPage>();

        page.WaitForAssertion(() => page.Find("polyline.chart-last-week").GetAttribute("data-total").ShouldBe("30"));
        DayShapes.Asked.ShouldContain(("city", new DateOnly(2026, 7, 7)));
        page.Find(".chart-legend-last-week").TextContent.ShouldContain("Same weekday last week (Tue 7 Jul)");
        page.FindAll("text.chart-y-label").First().TextContent.ShouldBe("30", "one scale for both days");
        page.Find(".chart-legend").TextContent.ShouldContain("Today (2026-07-14)");
    }

    [Fact]
    public void WithoutDataForLastWeekTheLegendSaysSoAndNoLineIsDrawn()
    {
        Feed.Publish(Snapshots.Sample());

        var page = Render<BoardPage>();

        page.WaitForAssertion(() => page.Find(".chart-legend-last-week").GetAttribute("data-state").ShouldBe(nameof(ComparisonState.NoData)));
        page.FindAll("polyline.chart-last-week").ShouldBeEmpty();
        page.Find(".chart-legend-last-week").TextContent.ShouldContain("no data kept");
    }
}
