using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;
using System.Text.Json;

namespace Philly311.Ops.Dashboard.Map;

/// <summary>
/// The 158 Azavea neighborhoods as SVG paths, projected and simplified once at start from the GeoJSON the silo
/// resolves requests with (copied to this program's output), so every circuit shares the same strings and no tile
/// server is needed. Projection: equirectangular scaled by cos(latitude) at the city's middle, which at the size of
/// one city is indistinguishable from Web Mercator. The shapes' SVG markup is built here too, once per process: a map
/// renders it as one shared markup frame and colors it with a small per-circuit style sheet (<see cref="ClassOf"/>),
/// instead of ~2,000 render-tree frames per circuit.
/// </summary>
public sealed class NeighborhoodOutlines
{
    public const string FileName = "philadelphia_neighborhoods_azavea.geojson";
    public const double Width = 1000;

    /// <summary>Points closer than this (in the 1000-wide map's units) to the kept outline are dropped.</summary>
    public const double Tolerance = 0.6;

    private NeighborhoodOutlines(IReadOnlyList<NeighborhoodShape> shapes, double height, int pointsIn, int pointsKept)
    {
        Shapes = shapes;
        Height = height;
        PointsIn = pointsIn;
        PointsKept = pointsKept;
        LinkedMarkup = new MarkupString(Markup(shapes, links: true));
        PlainMarkup = new MarkupString(Markup(shapes, links: false));
    }

    /// <summary>Every shape as <c>&lt;path class="map-hood h{i}"&gt;</c> named by its title, each in a link to its drill-down.</summary>
    public MarkupString LinkedMarkup { get; }

    /// <summary>The same shapes without links (the wallboard, where nothing is clicked).</summary>
    public MarkupString PlainMarkup { get; }

    /// <summary>The CSS class that picks out shape <paramref name="index"/> of <see cref="Shapes"/> for a fill rule.</summary>
    public static string ClassOf(int index) => "h" + index.ToString(CultureInfo.InvariantCulture);

    public IReadOnlyList<NeighborhoodShape> Shapes { get; }

    public double Height { get; }

    public int PointsIn { get; }

    public int PointsKept { get; }

    /// <summary>The copy next to the executable (the Dashboard project links the silo's file into Map/Data).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Map", "Data", FileName);

    /// <summary>Same rule as the silo's <c>CityMap.NeighborhoodId</c>: "GERMANTOWN_SOUTHWEST" → "germantown-southwest".</summary>
    public static string IdOf(string azaveaName) => azaveaName.Trim().ToLowerInvariant().Replace('_', '-');

    public static NeighborhoodOutlines Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Neighborhood map file missing: {path}", path);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var features = new List<(string Name, string ListName, List<List<(double Lon, double Lat)>> Rings)>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            features.Add((properties.GetProperty("name").GetString()!, properties.GetProperty("listname").GetString()!, Rings(feature.GetProperty("geometry"))));
        }
        var all = features.SelectMany(f => f.Rings).SelectMany(r => r).ToList();
        double minLon = all.Min(p => p.Lon), maxLon = all.Max(p => p.Lon), minLat = all.Min(p => p.Lat), maxLat = all.Max(p => p.Lat);
        var xScale = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var scale = Width / ((maxLon - minLon) * xScale);
        var kept = 0;
        var shapes = new List<NeighborhoodShape>(features.Count);
        foreach (var (name, listName, rings) in features)
        {
            var outline = new StringBuilder();
            foreach (var ring in rings)
            {
                var projected = ring.Select(p => ((p.Lon - minLon) * xScale * scale, (maxLat - p.Lat) * scale)).ToList();
                var simple = RingSimplification.Simplify(projected, Tolerance);
                kept += simple.Count;
                Append(outline, simple);
            }
            shapes.Add(new NeighborhoodShape(IdOf(name), listName, outline.ToString()));
        }
        return new NeighborhoodOutlines(
            shapes.OrderBy(s => s.Name, StringComparer.Ordinal).ToArray(), Math.Ceiling((maxLat - minLat) * scale), all.Count, kept);
    }

    private static List<List<(double Lon, double Lat)>> Rings(JsonElement geometry)
    {
        var coordinates = geometry.GetProperty("coordinates");
        var polygons = geometry.GetProperty("type").GetString() switch
        {
            "Polygon" => [coordinates],
            "MultiPolygon" => coordinates.EnumerateArray().ToList(),
            var other => throw new InvalidDataException($"Neighborhood geometry '{other}' is not a polygon."),
        };
        return polygons
            .SelectMany(p => p.EnumerateArray())
            .Select(ring => ring.EnumerateArray().Select(pt => (pt[0].GetDouble(), pt[1].GetDouble())).ToList())
            .ToList();
    }

    private static string Markup(IReadOnlyList<NeighborhoodShape> shapes, bool links)
    {
        var markup = new StringBuilder();
        for (var i = 0; i < shapes.Count; i++)
        {
            var shape = shapes[i];
            var id = WebUtility.HtmlEncode(shape.Id);
            var name = WebUtility.HtmlEncode(shape.Name);
            if (links) markup.Append("<a href=\"neighborhoods/").Append(id).Append("\" class=\"map-link\" aria-label=\"").Append(name).Append("\">");
            markup.Append("<path d=\"").Append(shape.PathData).Append("\" fill=\"").Append(ChoroplethScale.ZeroColor)
                .Append("\" class=\"map-hood ").Append(ClassOf(i)).Append("\" data-hood=\"").Append(id).Append("\"><title>")
                .Append(name).Append("</title></path>");
            if (links) markup.Append("</a>");
        }
        return markup.ToString();
    }

    private static void Append(StringBuilder path, IReadOnlyList<(double X, double Y)> ring)
    {
        for (var i = 0; i < ring.Count; i++)
        {
            path.Append(i == 0 ? 'M' : 'L');
            path.Append(ring[i].X.ToString("0.#", CultureInfo.InvariantCulture)).Append(',').Append(ring[i].Y.ToString("0.#", CultureInfo.InvariantCulture));
        }
        path.Append('Z');
    }
}
