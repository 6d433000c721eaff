using System.Text.RegularExpressions;
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
    public void DrawsEveryNeighborhoodNamedAndLinkedToItsDrillDown()
    {
        var map = RenderMap(Hoods);

        map.FindAll("path.map-hood").Count.ShouldBe(158);
        map.FindAll("path.map-hood > title").Count.ShouldBe(158);
        Hood(map, "east-kensington").QuerySelector("title")!.TextContent.ShouldBe("East Kensington");
        map.Find("a.map-link[href='neighborhoods/east-kensington']").GetAttribute("aria-label").ShouldBe("East Kensington");
    }

    [Fact]
    public void EveryCircuitSharesOneMarkupStringForTheShapes()
    {
        var first = RenderMap(Hoods);
        var second = RenderMap([.. Hoods, Snapshots.Entry("manayunk", "Manayunk", receivedToday: 1, open: 600)]);

        first.FindAll("path.map-hood").Select(p => p.GetAttribute("d")).ShouldBe(second.FindAll("path.map-hood").Select(p => p.GetAttribute("d")));
        Outlines.LinkedMarkup.Value.ShouldBeSameAs(Outlines.LinkedMarkup.Value, "built once with the outlines, not per render");
        FillOf(first, "manayunk").ShouldNotBe(FillOf(second, "manayunk"), "only the fill rules differ");
    }

    [Fact]
    public void TheMostOpenIsBrightestZeroIsNeutralAndTheLegendCountsAreasPerRange()
    {
        var map = RenderMap(Hoods);

        var classes = ChoroplethScale.For(640, MapMeasure.Open);
        FillOf(map, "east-kensington").ShouldBe(classes[^1].Color);
        FillOf(map, "manayunk").ShouldBe(ChoroplethScale.ZeroColor);
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
        var before = FillOf(map, "manayunk");

        map.Render(p => p.Add(m => m.Neighborhoods, [.. Hoods, Snapshots.Entry("manayunk", "Manayunk", receivedToday: 1, open: 600)]));

        FillOf(map, "manayunk").ShouldNotBe(before);
        FillOf(map, "manayunk").ShouldBe(ChoroplethScale.For(640, MapMeasure.Open)[^1].Color, "600 is in the top class of 0–640");
    }

    [Fact]
    public void TheBreachSwitchSaysSoWhenNoBreachCountsAreWired()
    {
        var map = RenderMap(Hoods);

        map.Find("button[data-measure='Breaches']").Click();

        map.Find(".map-note").TextContent.ShouldContain("Breach counts not available");
        FillOf(map, "east-kensington").ShouldBe(ChoroplethScale.ZeroColor, "no counts, no colors");
    }

    [Fact]
    public void WithBreachCountsTheSwitchColorsByThem()
    {
        var map = RenderMap(Hoods, new Dictionary<string, long> { ["manayunk"] = 4 });

        map.Find("button[data-measure='Breaches']").Click();

        map.Find("[data-measure='Breaches'][aria-pressed='true']").ShouldNotBeNull();
        FillOf(map, "manayunk").ShouldBe(ChoroplethScale.For(4, MapMeasure.Breaches)[^1].Color);
        FillOf(map, "east-kensington").ShouldBe(ChoroplethScale.ZeroColor);
        map.FindAll(".map-note").ShouldBeEmpty();
    }

    private IRenderedComponent<NeighborhoodMap> RenderMap(CounterEntry[] hoods, IReadOnlyDictionary<string, long>? breaches = null) =>
        Render<NeighborhoodMap>(p => p.Add(m => m.Neighborhoods, hoods).Add(m => m.Freshness, Live).Add(m => m.Breaches, breaches));

    // The shape's fill as the browser resolves it: this map's CSS rule naming the shape's class, else the markup's fill.
    private static string FillOf(IRenderedComponent<NeighborhoodMap> map, string id)
    {
        var hood = Hood(map, id);
        var shapeClass = hood.ClassList.Single(c => c.StartsWith('h'));
        var scope = map.Find("svg.map-svg").GetAttribute("data-map");
        foreach (Match rule in Regex.Matches(map.Find("style").TextContent, @"\.map-svg\[data-map=""(?<scope>[^""]+)""\] :is\((?<members>[^)]*)\)\{fill:(?<fill>#[0-9a-f]{6})\}"))
        {
            if (rule.Groups["scope"].Value == scope && rule.Groups["members"].Value.Split(',').Contains("." + shapeClass)) return rule.Groups["fill"].Value;
        }
        return hood.GetAttribute("fill")!;
    }

    private static AngleSharp.Dom.IElement Hood(IRenderedComponent<NeighborhoodMap> map, string id) => map.Find($"path[data-hood='{id}']");
}
