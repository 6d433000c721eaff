using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Silo.Figures;

namespace Philly311.Ops.Silo.Counters;

/// <summary>
/// Turns one consistent read of every figure into the whole board (<c>GET /api/snapshot</c>), with the same tables
/// the list grains push: every known neighborhood, ZIP, channel and catalogued department listed even at zero.
/// </summary>
public sealed class BoardSnapshotComposer(FigureCatalog catalog)
{
    public const string CityKey = FigureDimension.City;
    public const string CityName = FigureCatalog.CityName;

    public BoardSnapshot Compose(FigureTableReading reading, DateTimeOffset asOf)
    {
        var city = reading.Figures.FirstOrDefault(f => f.Figure == CityKey);
        CounterEntry[] Table(string dimension)
        {
            var prefix = dimension + ":";
            return FigureTable.Build(dimension, catalog, reading.Figures
                .Where(f => f.Figure.StartsWith(prefix, StringComparison.Ordinal))
                .Select(f => (FigureDimension.KeyIn(f.Figure), catalog.NameOf(f.Figure, f.Name), f.Received, f.Closed, f.ReceivedToday, f.ClosedToday)));
        }

        return new BoardSnapshot(
            asOf,
            reading.Sequence,
            reading.Today,
            city is null
                ? new CounterEntry(CityKey, CityName, 0, 0, 0, 0, 0)
                : new CounterEntry(CityKey, CityName, city.Received, city.ReceivedToday, city.Received - city.Closed, city.Closed, city.ClosedToday),
            Table(FigureDimension.Department),
            Table(FigureDimension.Neighborhood),
            Table(FigureDimension.Zip),
            Table(FigureDimension.Channel),
            reading.QuarterHours,
            Table(FigureDimension.Service));
    }
}
