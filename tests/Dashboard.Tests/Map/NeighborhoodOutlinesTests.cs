using Philly311.Ops.Dashboard.Map;
using Philly311.Ops.Dashboard.Tests.Support;

namespace Philly311.Ops.Dashboard.Tests.Map;

public sealed class NeighborhoodOutlinesTests
{
    private static NeighborhoodOutlines Outlines => BoardTestContext.Outlines;

    [Fact]
    public void EveryOneOfThe158NeighborhoodsHasOneShapeUnderTheIdTheSiloCountsItUnder()
    {
        Outlines.Shapes.Count.ShouldBe(158);
        Outlines.Shapes.Select(s => s.Id).Distinct().Count().ShouldBe(158);
        // CityMap.NeighborhoodId: "GERMANTOWN_SOUTHWEST" → "germantown-southwest".
        Outlines.Shapes.ShouldContain(s => s.Id == "germantown-southwest" && s.Name == "Germantown, Southwest");
        Outlines.Shapes.ShouldContain(s => s.Id == "manayunk");
    }

    [Fact]
    public void ShapesAreClosedPathsInsideTheMapAndSimplifiedToAFractionOfThePoints()
    {
        Outlines.Shapes.ShouldAllBe(s => s.PathData.StartsWith('M') && s.PathData.EndsWith('Z'));
        Outlines.Height.ShouldBeInRange(500, 1500);
        Outlines.PointsKept.ShouldBeLessThan(Outlines.PointsIn / 2);
        Outlines.PointsKept.ShouldBeGreaterThan(158 * 4);
        TestContext.Current.TestOutputHelper?.WriteLine($"{Outlines.PointsIn} points → {Outlines.PointsKept} kept, {Outlines.Shapes.Sum(s => s.PathData.Length)} characters of path data");
    }

    [Fact]
    public void AMissingMapFileStopsTheStartNamingIt()
    {
        var error = Should.Throw<FileNotFoundException>(() => NeighborhoodOutlines.Load("/nowhere/hoods.geojson"));

        error.Message.ShouldContain("/nowhere/hoods.geojson");
    }
}
