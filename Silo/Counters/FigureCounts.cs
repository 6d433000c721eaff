namespace Philly311.Ops.Silo.Counters;

/// <summary>One figure's counters as read from Redis: all-time received/closed and today's.</summary>
public sealed record FigureCounts(string Figure, long Version, string Name, long Received, long Closed, long ReceivedToday, long ClosedToday);
