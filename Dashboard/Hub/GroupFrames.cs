using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Hub;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>The frame a group's subscriber sees right after joining, so it never waits for the next change.</summary>
public static class GroupFrames
{
    /// <summary>The <see cref="CityFrame"/> for <c>city</c>, the entry's <see cref="CounterFrame"/> otherwise; null when the board lacks it (yet).</summary>
    public static object? Current(BoardSnapshot? snapshot, string group)
    {
        if (snapshot is null) return null;
        if (group == OpsGroups.City) return CityFrame.From(snapshot);
        var colon = group.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return null;
        var entries = group[..colon] switch
        {
            "dept" => snapshot.Departments,
            "hood" => snapshot.Neighborhoods,
            "zip" => snapshot.Zipcodes,
            "channel" => snapshot.Channels,
            _ => [],
        };
        var key = group[(colon + 1)..];
        var entry = Array.Find(entries, e => e.Key == key);
        return entry is null ? null : new CounterFrame(group, snapshot.AsOf, snapshot.Sequence, entry);
    }
}
