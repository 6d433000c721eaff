namespace Philly311.Ops.Dashboard.Map;

/// <summary>One neighborhood's shape with this frame's number, color and accessible name.</summary>
public sealed record MapHood(NeighborhoodShape Shape, long? Count, string Fill, string Title);
