using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Geography;
using Philly311.Ops.Silo.Normalization;

namespace Philly311.Ops.Silo.Counters;

/// <summary>
/// Turns one raw counter read into the board. Every known neighborhood, ZIP, channel and catalogued
/// department is listed even at zero: a quiet neighborhood is information, and tables keep their shape.
/// </summary>
public sealed class BoardSnapshotComposer(CityMap map)
{
    public const string CityKey = "city";
    public const string CityName = "Philadelphia";

    public BoardSnapshot Compose(CounterReading reading, DateTimeOffset asOf)
    {
        var seen = SeenKeys(reading.AllTime);
        var departments = Entries(reading, "d",
            DepartmentCatalog.Known.Select(d => (d.Code, d.Name)),
            seen, key => reading.Names.GetValueOrDefault("d:" + key) ?? DepartmentCatalog.Resolve(key).Name);
        var neighborhoods = Entries(reading, "n",
            map.Neighborhoods.Select(n => (n.Id, n.Name)).Append((Places.UnknownId, Places.UnknownName)),
            seen, key => key);
        var zipcodes = Entries(reading, "z",
            map.ZipCodes.Select(z => (z, z)).Append((Places.UnknownId, Places.UnknownName)),
            seen, key => key);
        var channels = Entries(reading, "ch",
            ChannelCatalog.All.Select(c => (c, ChannelCatalog.DisplayName(c))),
            seen, key => key);

        var quarterHours = new long[BoardSnapshot.SlotsPerDay];
        for (var i = 0; i < quarterHours.Length; i++) quarterHours[i] = reading.Today.GetValueOrDefault("q:" + i);

        return new BoardSnapshot(
            asOf,
            reading.Sequence,
            CityTime.DayKey(CityTime.LocalDate(asOf)),
            Entry(reading, "city", "all", CityKey, CityName),
            departments, neighborhoods, zipcodes, channels, quarterHours);
    }

    private static CounterEntry[] Entries(
        CounterReading reading, string dimension, IEnumerable<(string Key, string Name)> known,
        ILookup<string, string> seen, Func<string, string> nameOfUnlisted)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, name) in known) names.TryAdd(key, name);
        foreach (var key in seen[dimension]) names.TryAdd(key, nameOfUnlisted(key));
        return names
            .Select(pair => Entry(reading, dimension, pair.Key, pair.Key, pair.Value))
            .OrderByDescending(e => e.Received).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    private static CounterEntry Entry(CounterReading reading, string dimension, string storedKey, string key, string name)
    {
        var field = dimension + ":" + storedKey;
        var received = reading.AllTime.GetValueOrDefault(field + ":r");
        var closed = reading.AllTime.GetValueOrDefault(field + ":c");
        return new CounterEntry(key, name, received, reading.Today.GetValueOrDefault(field + ":r"),
            received - closed, closed, reading.Today.GetValueOrDefault(field + ":c"));
    }

    /// <summary>Keys present in Redis per dimension (fields look like <c>d:streets:r</c>).</summary>
    private static ILookup<string, string> SeenKeys(IReadOnlyDictionary<string, long> fields) =>
        fields.Keys
            .Select(f => (First: f.IndexOf(':'), Last: f.LastIndexOf(':'), Field: f))
            .Where(p => p.First > 0 && p.Last > p.First)
            .Select(p => (Dimension: p.Field[..p.First], Key: p.Field[(p.First + 1)..p.Last]))
            .Distinct()
            .ToLookup(p => p.Dimension, p => p.Key);
}
