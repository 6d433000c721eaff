using System.Globalization;
using System.Text.Json;
using CsvHelper;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Philly311.Ops.Silo.Tests.Ingest;

/// <summary>
/// The expected counts of the real parade-day sample, computed by a route independent of the product:
/// a hand-written agency table, plain parsing, and a linear NetTopologySuite scan instead of the STRtree.
/// </summary>
public sealed class SampleDay
{
    private static readonly Dictionary<string, string> AgencyCodes = new()
    {
        ["Philly311 Contact Center"] = "philly311",
        ["Streets Department"] = "streets",
        ["License & Inspections"] = "li",
        ["Community Life Improvement Program"] = "clip",
        ["Police Department"] = "police",
        ["Fire Department"] = "fire",
        ["Parks & Recreation"] = "parks",
        ["Water Department (PWD)"] = "water",
    };

    public sealed record Row(string Id, bool Closed, string Department, string Zip, string Neighborhood);

    public string Header { get; }
    public IReadOnlyList<string> Lines { get; }
    public IReadOnlyList<Row> Rows { get; }

    public SampleDay(string csvPath, string geographyFolder)
    {
        var text = File.ReadAllLines(csvPath);
        Header = text[0];
        Lines = text.Skip(1).Where(l => l.Length > 0).ToArray();
        var hoods = Load(Path.Combine(geographyFolder, "philadelphia_neighborhoods_azavea.geojson"), "name")
            .Select(h => (h.Name.ToLowerInvariant().Replace('_', '-'), h.Shape)).ToList();
        var zips = Load(Path.Combine(geographyFolder, "philadelphia_zipcodes.geojson"), "CODE");

        var rows = new List<Row>();
        using var csv = CsvReader.FromFile(csvPath, new CsvReaderOptions { HasHeader = true });
        while (csv.Read())
        {
            var latText = csv.GetStringOrNull("lat");
            var lonText = csv.GetStringOrNull("lon");
            Point? point = string.IsNullOrEmpty(latText) || string.IsNullOrEmpty(lonText) ? null
                : new Point(double.Parse(lonText, CultureInfo.InvariantCulture), double.Parse(latText, CultureInfo.InvariantCulture));
            var zipText = csv.GetStringOrNull("zipcode");
            var zip = !string.IsNullOrEmpty(zipText)
                ? ((int)double.Parse(zipText, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture)
                : point is null ? "unknown" : Scan(zips, point) ?? "unknown";
            var hood = point is null ? "unknown" : Scan(hoods, point) ?? "unknown";
            rows.Add(new Row(
                csv.GetString("service_request_id"),
                csv.GetString("status") == "Closed",
                AgencyCodes[csv.GetString("agency_responsible")],
                zip,
                hood));
        }
        Rows = rows;
    }

    private static List<(string Name, Geometry Shape)> Load(string path, string property)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        var features = JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), options)!;
        return features.Select(f => (f.Attributes[property].ToString()!, f.Geometry)).ToList();
    }

    private static string? Scan(List<(string Name, Geometry Shape)> shapes, Point point) =>
        shapes.Where(s => s.Shape.Covers(point)).Select(s => s.Name).OrderBy(n => n, StringComparer.Ordinal).FirstOrDefault();
}
