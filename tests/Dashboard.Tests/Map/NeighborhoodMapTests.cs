using Bunit;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Map;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Map;

public sealed class NeighborhoodMapTests : BoardTestContext
{
    private static readonly BoardFreshness Live = new(FeedState.Live, Snapshots.AsOf, Snapshots.AsOf);

    private static readonly CounterEntry[] Hoods =
    [
        Snapshots.Entry("east-kensington", "East Kensington", receivedToday: 150, open: 640),
        Snapshots.Entry("fishtown", "Fishtown - Lower Kensington", receivedToday: 70, open: 200),
        Snapshots.Entry("unknown", "Unknown", receivedToday: 9, open: 30),
    ];

    [Fact]
    public void DrawsEveryNeighborhoodNamedWithItsNumberAndLinkedToItsDrillDown()
    {
        var map = RenderMap(Hoods);

        map.FindAll("path.map-hood").Count.ShouldBe(158);
        map.FindAll("path.map-hood > title").Count.ShouldBe(158);
        Hood(map, "east-kensington").QuerySelector("title")!.TextContent.ShouldBe("East Kensington: 640 open");
        Hood(map, "manayunk").QuerySelector("title")!.TextContent.ShouldBe("Manayunk: 0 open");
        map.Find("a.map-link[href='neighborhoods/east-kensington']").GetAttribute("aria-label").ShouldBe("East Kensington: 640 open");
    }

    [Fact]
    public void TheMostOpenIsBrightestZeroIsNeutralAndTheLegendCountsAreasPerRange()
    {
        var map = RenderMap(Hoods);

        var classes = ChoroplethScale.For(640, MapMeasure.Open);
        Hood(map, "east-kensington").GetAttribute("fill").ShouldBe(classes[^1].Color);
        Hood(map, "manayunk").GetAttribute("fill").ShouldBe(ChoroplethScale.ZeroColor);
        var legend = map.FindAll(".map-legend-item[data-from]").Select(li => li.TextContent.Trim()).ToList();
        legend[0].ShouldContain("156 areas");
        legend[^1].ShouldContain("513–640");
        legend[^1].ShouldContain("1 area");
        map.Find(".map-legend-unplaced").TextContent.ShouldContain("30", customMessage: "requests with no location are said, not dropped");
    }

    [Fact]
    public void ANewFrameRecolorsTheNeighborhoodItChanged()
    {
        var map = RenderMap(Hoods);
        var before = Hood(map, "manayunk").GetAttribute("fill");

        map.Render(p => p.Add(m => m.Neighborhoods, [.. Hoods, Snapshots.Entry("manayunk", "Manayunk", receivedToday: 1, open: 600)]));

        Hood(map, "manayunk").GetAttribute("fill").ShouldNotBe(before);
        Hood(map, "manayunk").GetAttribute("data-count").ShouldBe("600");
    }

    [Fact]
    public void TheBreachSwitchSaysSoWhenNoBreachCountsAreWired()
    {
        var map = RenderMap(Hoods);

        map.Find("button[data-measure='Breaches']").Click();

        map.Find(".map-note").TextContent.ShouldContain("Breach counts not available");
        Hood(map, "east-kensington").QuerySelector("title")!.TextContent.ShouldBe("East Kensington: breached not available");
        Hood(map, "east-kensington").HasAttribute("data-count").ShouldBeFalse();
    }

    [Fact]
    public void WithBreachCountsTheSwitchColorsByThem()
    {
        var map = RenderMap(Hoods, new Dictionary<string, long> { ["manayunk"] = 4 });

        map.Find("button[data-measure='Breaches']").Click();

        map.Find("[data-measure='Breaches'][aria-pressed='true']").ShouldNotBeNull();
        Hood(map, "manayunk").GetAttribute("fill").ShouldBe(ChoroplethScale.For(4, MapMeasure.Breaches)[^1].Color);
        Hood(map, "east-kensington").GetAttribute("fill").ShouldBe(ChoroplethScale.ZeroColor);
        map.FindAll(".map-note").ShouldBeEmpty();
    }

    private IRenderedComponent<NeighborhoodMap> RenderMap(CounterEntry[] hoods, IReadOnlyDictionary<string, long>? breaches = null) =>
        Render<NeighborhoodMap>(p => p.Add(m => m.Neighborhoods, hoods).Add(m => m.Freshness, Live).Add(m => m.Breaches, breaches));

    private static AngleSharp.Dom.IElement Hood(IRenderedComponent<NeighborhoodMap> map, string id) => map.Find($"path[data-hood='{id}']");
}
