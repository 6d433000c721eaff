using System.Globalization;

namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// One figure's fields as last-writer-wins registers, each stamped with the figure version that wrote it. Values are
/// absolute, so a change applies only where it is newer than what the field holds: order, repeats and re-reads
/// never add up wrong. Only all-time fields (<c>r</c>, <c>c</c>) and today's (<c>{today}|…</c>) are kept.
/// </summary>
public sealed class FigureState(string today)
{
    private readonly Dictionary<string, (long Value, long Version)> _fields = new(StringComparer.Ordinal);

    public string Today { get; private set; } = today;

    public string Name { get; set; } = "";

    public void Apply(FigureChange change)
    {
        for (var i = 0; i < change.Fields.Length; i++) Set(change.Fields[i], change.Values[i], change.Version);
        if (change.Name.Length > 0) Name = change.Name;
    }

    public void Set(string field, long value, long version)
    {
        var bar = field.IndexOf('|', StringComparison.Ordinal);
        if (bar > 0 && (bar != Today.Length || !field.StartsWith(Today, StringComparison.Ordinal))) return;
        if (_fields.TryGetValue(field, out var held) && held.Version > version) return;
        _fields[field] = (value, version);
    }

    /// <summary>A new city day: yesterday's day fields go (the caller re-reads today's).</summary>
    public void TurnDay(string today)
    {
        Today = today;
        foreach (var key in _fields.Keys.Where(k => k.Contains('|', StringComparison.Ordinal)).ToList()) _fields.Remove(key);
    }

    public long Received => Get("r");

    public long Closed => Get("c");

    public long ReceivedToday => Get(Today + "|r");

    public long ClosedToday => Get(Today + "|c");

    public long[] QuarterHours()
    {
        var slots = new long[96];
        for (var s = 0; s < slots.Length; s++) slots[s] = Get(Today + "|q" + s.ToString(CultureInfo.InvariantCulture));
        return slots;
    }

    /// <summary>Takes a re-read: every field Redis gave, at the version it was read at (newer changes already held stay).</summary>
    public void Replace(Counters.FigureCounts counts, long[]? quarterHours)
    {
        Set("r", counts.Received, counts.Version);
        Set("c", counts.Closed, counts.Version);
        Set(Today + "|r", counts.ReceivedToday, counts.Version);
        Set(Today + "|c", counts.ClosedToday, counts.Version);
        if (quarterHours is not null)
        {
            for (var s = 0; s < quarterHours.Length; s++) Set(Today + "|q" + s.ToString(CultureInfo.InvariantCulture), quarterHours[s], counts.Version);
        }
        if (counts.Name.Length > 0) Name = counts.Name;
    }

    private long Get(string field) => _fields.TryGetValue(field, out var held) ? held.Value : 0;
}
