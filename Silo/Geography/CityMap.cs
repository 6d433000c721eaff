using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Philly311.Ops.Silo.Geography;

/// <summary>
/// The city's 158 Azavea neighborhoods and 48 ZIP code areas, loaded once from the GeoJSON the repo ships,
/// answering "which neighborhood / ZIP is this point in" without a linear scan.
/// </summary>
public sealed class CityMap
{
    public const string NeighborhoodsFile = "philadelphia_neighborhoods_azavea.geojson";
    public const string ZipCodesFile = "philadelphia_zipcodes.geojson";

    private readonly PolygonIndex<Place> _neighborhoods;
    private readonly PolygonIndex<string> _zipCodes;

    private CityMap(IReadOnlyList<(Geometry Shape, Place Place)> neighborhoods, IReadOnlyList<(Geometry Shape, string Zip)> zipCodes)
    {
        Neighborhoods = neighborhoods.Select(n => n.Place).OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
        ZipCodes = zipCodes.Select(z => z.Zip).Distinct().Order(StringComparer.Ordinal).ToArray();
        _neighborhoods = new PolygonIndex<Place>(neighborhoods.OrderBy(n => n.Place.Id, StringComparer.Ordinal));
        _zipCodes = new PolygonIndex<string>(zipCodes.OrderBy(z => z.Zip, StringComparer.Ordinal));
    }

    public IReadOnlyList<Place> Neighborhoods { get; }

    public IReadOnlyList<string> ZipCodes { get; }

    public Place? NeighborhoodAt(double lat, double lon) => _neighborhoods.At(lat, lon);

    public string? ZipAt(double lat, double lon) => _zipCodes.At(lat, lon);

    /// <summary>Loads the map shipped next to the executable (copied from Geography/Data at build).</summary>
    public static CityMap LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, "Geography", "Data"));

    public static CityMap Load(string folder)
    {
        var neighborhoods = Read(Path.Combine(folder, NeighborhoodsFile))
            .Select(f => (f.Geometry, new Place(NeighborhoodId(Text(f, "name")), Text(f, "listname"))))
            .ToList();
        var zipCodes = Read(Path.Combine(folder, ZipCodesFile))
            .Select(f => (f.Geometry, Text(f, "CODE")))
            .ToList();
        return new CityMap(neighborhoods, zipCodes);
    }

    /// <summary>"GERMANTOWN_SOUTHWEST" → "germantown-southwest": URL- and SignalR-group-safe, stable across renames of the display name.</summary>
    public static string NeighborhoodId(string azaveaName) => azaveaName.Trim().ToLowerInvariant().Replace('_', '-');

    private static FeatureCollection Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"City map file missing: {path}", path);
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<FeatureCollection>(stream, options)
            ?? throw new InvalidDataException($"{path} is not a GeoJSON FeatureCollection.");
    }

    private static string Text(IFeature feature, string property) =>
        feature.Attributes.GetOptionalValue(property)?.ToString() is { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"A feature has no '{property}' property.");
}
