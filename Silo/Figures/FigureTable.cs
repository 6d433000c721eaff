using Philly311.Ops.Contracts.Board;

namespace Philly311.Ops.Silo.Figures;

/// <summary>Builds a dimension's table: the catalog's entries at zero plus every one seen, most received first.</summary>
public static class FigureTable
{
    public static CounterEntry[] Build(
        string dimension, FigureCatalog catalog, IEnumerable<(string Key, string Name, long Received, long Closed, long ReceivedToday, long ClosedToday)> seen)
    {
        var entries = new Dictionary<string, CounterEntry>(StringComparer.Ordinal);
        foreach (var (key, name) in catalog.Known(dimension)) entries.TryAdd(key, new CounterEntry(key, name, 0, 0, 0, 0, 0));
        foreach (var (key, name, received, closed, receivedToday, closedToday) in seen)
        {
            entries[key] = new CounterEntry(key, name, received, receivedToday, received - closed, closed, closedToday);
        }
        return entries.Values
            .OrderByDescending(e => e.Received).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToArray();
    }
}
