using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Silo.Geography;

namespace Philly311.Ops.Silo.Breaches;

/// <summary>
/// Turns a <see cref="BreachReading"/> into the frame screens get: rows per dimension, largest first, with display
/// names (departments and request types as first sent, neighborhoods from the city's map, ZIPs as themselves).
/// </summary>
public sealed class BreachFrameComposer(CityMap map, string recordPrefix)
{
    private readonly Dictionary<string, string> _hoods = map.Neighborhoods.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);

    public BreachFrame Compose(BreachReading reading, DateTimeOffset asOf)
    {
        var rows = new Dictionary<string, List<BreachCount>>(StringComparer.Ordinal);
        foreach (var (figure, count) in reading.Counts)
        {
            if (count <= 0 || figure == FigureDimension.City) continue;
            var dimension = FigureDimension.Of(figure);
            var key = FigureDimension.KeyIn(figure);
            if (!rows.TryGetValue(dimension, out var list)) rows[dimension] = list = [];
            list.Add(new BreachCount(key, NameOf(reading, dimension, key), count));
        }
        var longest = reading.Longest.Select(l => Overdue(reading, l.Member, l.Due)).ToList();
        return new BreachFrame(
            reading.Version,
            asOf,
            reading.Counts.GetValueOrDefault(FigureDimension.City),
            Sorted(rows, FigureDimension.Department),
            Sorted(rows, FigureDimension.Neighborhood),
            Sorted(rows, FigureDimension.Zip),
            Sorted(rows, FigureDimension.Service),
            longest);
    }

    private static List<BreachCount> Sorted(Dictionary<string, List<BreachCount>> rows, string dimension) =>
        rows.TryGetValue(dimension, out var list)
            ? [.. list.OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)]
            : [];

    private OverdueRequest Overdue(BreachReading reading, string member, DateTimeOffset due)
    {
        // id \t department \t neighborhood \t ZIP \t request type; the id is the record key without its prefix.
        var f = member.Split('\t');
        var id = f[0].StartsWith(recordPrefix, StringComparison.Ordinal) ? f[0][recordPrefix.Length..] : f[0];
        return new OverdueRequest(id,
            f[4], NameOf(reading, FigureDimension.Service, f[4]),
            f[1], NameOf(reading, FigureDimension.Department, f[1]),
            f[2], NameOf(reading, FigureDimension.Neighborhood, f[2]),
            due);
    }

    private string NameOf(BreachReading reading, string dimension, string key) => dimension switch
    {
        FigureDimension.Neighborhood => key == Places.UnknownId ? Places.UnknownName : _hoods.GetValueOrDefault(key, key),
        FigureDimension.Zip => key == Places.UnknownId ? Places.UnknownName : key,
        _ => reading.Names.TryGetValue(FigureDimension.Key(dimension, key), out var name) && name.Length > 0 ? name : key,
    };
}
