using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Hub;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>Which per-key groups need a frame: only the entries whose values changed since the last snapshot sent.</summary>
public static class CounterDiff
{
    /// <summary>
    /// One <see cref="CounterFrame"/> per department, neighborhood, ZIP or channel entry of <paramref name="current"/>
    /// that is new or differs (record value equality) from <paramref name="previous"/>; all of them when there is no previous.
    /// </summary>
    public static IReadOnlyList<CounterFrame> ChangedFrames(BoardSnapshot? previous, BoardSnapshot current)
    {
        var frames = new List<CounterFrame>();
        AddChanged(frames, previous?.Departments, current.Departments, OpsGroups.Department, current);
        AddChanged(frames, previous?.Neighborhoods, current.Neighborhoods, OpsGroups.Neighborhood, current);
        AddChanged(frames, previous?.Zipcodes, current.Zipcodes, OpsGroups.Zip, current);
        AddChanged(frames, previous?.Channels, current.Channels, OpsGroups.Channel, current);
        return frames;
    }

    private static void AddChanged(
        List<CounterFrame> frames, CounterEntry[]? before, CounterEntry[] after, Func<string, string> groupOf, BoardSnapshot current)
    {
        var previous = new Dictionary<string, CounterEntry>(StringComparer.Ordinal);
        foreach (var entry in before ?? []) previous.TryAdd(entry.Key, entry);
        foreach (var entry in after)
        {
            if (previous.TryGetValue(entry.Key, out var was) && was == entry) continue;
            var group = groupOf(entry.Key);
            // No client can join a group the hub refuses, so a frame for it would be wasted work.
            if (!OpsGroups.IsValid(group)) continue;
            frames.Add(new CounterFrame(group, current.AsOf, current.Sequence, entry));
        }
    }
}
