namespace Philly311.Ops.Dashboard.Map;

/// <summary>One neighborhood as the map draws it: <see cref="Id"/> is the key its counters are stored under (<c>hood:{id}</c>).</summary>
public sealed record NeighborhoodShape(string Id, string Name, string PathData);
