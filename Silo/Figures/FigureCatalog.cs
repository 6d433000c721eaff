using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Silo.Geography;
using Philly311.Ops.Silo.Normalization;

namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// Which entries a dimension lists even at zero (a quiet neighborhood is information, and tables keep their shape),
/// and what each entry is called on screen.
/// </summary>
public sealed class FigureCatalog(CityMap map)
{
    public const string CityName = "Philadelphia";

    private readonly Dictionary<string, string> _neighborhoodNames = map.Neighborhoods.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);

    /// <summary>The entries (key, name) a dimension always lists.</summary>
    public IEnumerable<(string Key, string Name)> Known(string dimension) => dimension switch
    {
        FigureDimension.Department => DepartmentCatalog.Known.Select(d => (d.Code, d.Name)),
        FigureDimension.Neighborhood => map.Neighborhoods.Select(n => (n.Id, n.Name)).Append((Places.UnknownId, Places.UnknownName)),
        FigureDimension.Zip => map.ZipCodes.Select(z => (z, z)).Append((Places.UnknownId, Places.UnknownName)),
        FigureDimension.Channel => ChannelCatalog.All.Select(c => (c, ChannelCatalog.DisplayName(c))),
        _ => [],
    };

    /// <summary>The display name of a figure; <paramref name="stored"/> is the name Redis keeps for departments and request types.</summary>
    public string NameOf(string figure, string stored)
    {
        var dimension = FigureDimension.Of(figure);
        var key = FigureDimension.KeyIn(figure);
        return dimension switch
        {
            FigureDimension.City => CityName,
            FigureDimension.Department => stored.Length > 0 ? stored : DepartmentCatalog.Resolve(key).Name,
            FigureDimension.Neighborhood => _neighborhoodNames.GetValueOrDefault(key) ?? (key == Places.UnknownId ? Places.UnknownName : key),
            FigureDimension.Zip => key == Places.UnknownId ? Places.UnknownName : key,
            FigureDimension.Channel => ChannelCatalog.DisplayName(key),
            _ => stored.Length > 0 ? stored : key,
        };
    }
}
