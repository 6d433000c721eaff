namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// Maps simulated time to the wall clock and back. Before the anchor (the day so far of <c>--today</c>) they are the
/// same instant; after it simulated time runs <see cref="Speed"/> times faster, and events are stamped at the wall
/// moment they are sent, so the silo never sees a time in its future.
/// </summary>
internal sealed record ContactTimeline(DateTimeOffset AnchorSimulated, DateTimeOffset AnchorWall, double Speed)
{
    public DateTimeOffset SimulatedAt(DateTimeOffset wall) =>
        wall <= AnchorWall ? AnchorSimulated : AnchorSimulated + (wall - AnchorWall) * Speed;

    public DateTimeOffset WallAt(DateTimeOffset simulated)
    {
        if (simulated < AnchorSimulated) return simulated;
        var wall = AnchorWall + (simulated - AnchorSimulated) / Speed;
        return new DateTimeOffset(wall.UtcTicks - wall.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }
}
