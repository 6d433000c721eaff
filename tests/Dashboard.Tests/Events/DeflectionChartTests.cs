using Bunit;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Dashboard.Events;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Events;

public sealed class DeflectionChartTests : BoardTestContext
{
    // 08:00–12:00 EST, the push at 10:07 in the ninth quarter (10:00–10:15), computed at 12:30: every quarter drawn.
    private static readonly DateTimeOffset First = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(-5));
    private static readonly DateTimeOffset PushedAt = First.AddMinutes(127);

    [Fact]
    public void ThePushIsAVerticalLineAtItsMinuteWithItsCityTimeAndTheLegendNamesEachSeriesShape()
    {
        var chart = Render<DeflectionChart>(p => p.Add(c => c.Series, Series(First.AddHours(4.5))));

        // 48 + (8 + 7/15) × (720 − 96) / 16 = 378.2
        var push = chart.Find("line.deflection-push[data-testid='deflection-push']");
        push.GetAttribute("x1").ShouldBe("378.2");
        push.GetAttribute("x2").ShouldBe("378.2");
        chart.Find("[data-testid='deflection-push-label']").TextContent.ShouldBe("push 10:07");
        chart.FindAll("rect.deflection-bar[data-quarter]").Count.ShouldBe(16);
        chart.FindAll("rect.deflection-call-point[data-quarter]").Count.ShouldBe(16);
        var legend = chart.Find(".deflection-legend").TextContent;
        legend.ShouldContain("Bars: requests (abandoned-vehicle), left scale");
        legend.ShouldContain("Dashed line with squares: calls offered to streets-sanitation, right scale");
        legend.ShouldContain("Solid vertical line: the push, 10:07");
    }

    [Fact]
    public void TheWordsTitleAndTableSayWhatTheChartShows()
    {
        var chart = Render<DeflectionChart>(p => p.Add(c => c.Series, Series(First.AddHours(4.5))));

        chart.Find("[data-testid='deflection-words-calls']").TextContent.ShouldBe("calls about parking −38 % in the hour after the push (52 → 32, queue streets-sanitation)");
        chart.Find("[data-testid='deflection-words-requests']").TextContent.ShouldStartWith("requests about parking −38 %");
        chart.Find("svg.deflection-svg title").TextContent.ShouldContain("push at 10:07");
        chart.Find("svg.deflection-svg desc").TextContent.ShouldContain("calls about parking −38 %");
        var pushRow = chart.FindAll(".deflection-table tbody tr")[8].TextContent;
        pushRow.ShouldContain("10:00–10:15");
        pushRow.ShouldContain("push at 10:07; hour after");
    }

    [Fact]
    public void QuartersNotBegunWhenTheSeriesWasComputedAreNotDrawnAsZeros()
    {
        var chart = Render<DeflectionChart>(p => p.Add(c => c.Series, Series(PushedAt.AddMinutes(20))));

        // Computed at 10:27: quarters 08:00 … 10:15 have begun (10), the one under way says "so far".
        chart.FindAll("rect.deflection-bar[data-quarter]").Count.ShouldBe(10);
        chart.FindAll("rect.deflection-bar[data-quarter]").Last().QuerySelector("title")!.TextContent.ShouldEndWith("so far");
    }

    private static DeflectionSeries Series(DateTimeOffset asOf)
    {
        long[] requests = [1, 1, 1, 1, 4, 4, 4, 4, 3, 3, 2, 2, 1, 1, 1, 1];
        long[] calls = [9, 9, 9, 9, 13, 13, 13, 13, 10, 8, 7, 7, 6, 6, 6, 6];
        return new DeflectionSeries("p1", PushedAt, "parking", "parking", ["abandoned-vehicle"], First, requests, 8, 16, 10, true,
            "requests about parking −38 % in the hour after the push (16 → 10)", ["streets-sanitation"],
            new DeflectionCounts(calls, 52, 32, "calls about parking −38 % in the hour after the push (52 → 32, queue streets-sanitation)"), asOf);
    }
}
