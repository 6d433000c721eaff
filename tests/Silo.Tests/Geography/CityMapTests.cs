using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Philly311.Ops.Silo.Geography;
using Philly311.Ops.Silo.Tests.Infrastructure;

namespace Philly311.Ops.Silo.Tests.Geography;

public sealed class CityMapTests
{
    private static readonly CityMap Map = CityMap.Load(RepoFiles.GeographyData);

    [Fact]
    public void TheShippedMapHasEveryNeighborhoodAndZip()
    {
        Map.Neighborhoods.Count.ShouldBe(158);
        Map.Neighborhoods.Select(n => n.Id).Distinct().Count().ShouldBe(158);
        Map.ZipCodes.Count.ShouldBe(48);
        Map.Neighborhoods.ShouldAllBe(n => System.Text.RegularExpressions.Regex.IsMatch(n.Id, "^[a-z0-9][a-z0-9-]*$"));
    }

    [Fact]
    public void NeighborhoodIdsAreStableSlugsWithReadableNames()
    {
        var germantown = Map.Neighborhoods.Single(n => n.Id == "germantown-southwest");
        germantown.Name.ShouldBe("Germantown, Southwest");
        CityMap.NeighborhoodId(" PENNYPACK_PARK ").ShouldBe("pennypack-park");
    }

    [Theory]
    [InlineData(39.95258, -75.16522, "19107")] // City Hall
    [InlineData(40.04519144, -75.22581355, "19128")] // first row of the parade-day sample, ZIP 19128.0
    [InlineData(39.9012, -75.1720, "19148")] // South Philadelphia, stadium district
    public void AZipIsFoundFromAPoint(double lat, double lon, string zip) => Map.ZipAt(lat, lon).ShouldBe(zip);

    [Theory]
    [InlineData(40.4406, -79.9959)] // Pittsburgh
    [InlineData(39.9259, -75.1196)] // Camden, NJ, across the river
    [InlineData(0, 0)]
    [InlineData(-89.9, 179.9)]
    public void APointOutsideTheCityHasNoNeighborhoodOrZip(double lat, double lon)
    {
        Map.NeighborhoodAt(lat, lon).ShouldBeNull();
        Map.ZipAt(lat, lon).ShouldBeNull();
    }

    [Fact]
    public void EveryNeighborhoodContainsItsOwnInteriorPoint()
    {
        foreach (var (id, shape) in Shapes("philadelphia_neighborhoods_azavea.geojson", "name", CityMap.NeighborhoodId))
        {
            var inside = shape.InteriorPoint;
            Map.NeighborhoodAt(inside.Y, inside.X)!.Id.ShouldBe(id);
        }
    }

    [Fact]
    public void APointOnASharedBorderGoesToTheLowestIdEveryTime()
    {
        var shapes = Shapes("philadelphia_neighborhoods_azavea.geojson", "name", CityMap.NeighborhoodId);
        var checkedBorders = 0;
        foreach (var (id, shape) in shapes.Take(40))
        {
            foreach (var vertex in shape.Coordinates.Take(200))
            {
                var point = new Point(vertex);
                var owners = shapes.Where(s => s.Shape.Covers(point)).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
                if (owners.Count < 2) continue;
                Map.NeighborhoodAt(vertex.Y, vertex.X)!.Id.ShouldBe(owners[0], $"vertex {vertex} is on the border of {string.Join(", ", owners)}");
                checkedBorders++;
                break;
            }
        }
        checkedBorders.ShouldBeGreaterThan(10, "the test must actually find shared borders");
    }

    [Fact]
    public void APointOnAZipBorderGoesToTheLowestZip()
    {
        var shapes = Shapes("philadelphia_zipcodes.geojson", "CODE", code => code);
        var checkedBorders = 0;
        foreach (var (_, shape) in shapes)
        {
            foreach (var vertex in shape.Coordinates.Take(300))
            {
                var point = new Point(vertex);
                var owners = shapes.Where(s => s.Shape.Covers(point)).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
                if (owners.Count < 2) continue;
                Map.ZipAt(vertex.Y, vertex.X).ShouldBe(owners[0]);
                checkedBorders++;
                break;
            }
        }
        checkedBorders.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void AMissingMapFileIsNamed()
    {
        var error = Should.Throw<FileNotFoundException>(() => CityMap.Load(Path.GetTempPath()));
        error.Message.ShouldContain(CityMap.NeighborhoodsFile);
    }

    private static List<(string Id, Geometry Shape)> Shapes(string file, string property, Func<string, string> id)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        var features = JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(Path.Combine(RepoFiles.GeographyData, file)), options)!;
        return features.Select(f => (id(f.Attributes[property].ToString()!), f.Geometry)).ToList();
    }
}
