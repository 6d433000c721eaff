using Philly311.Ops.Contracts.Time;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>
/// Moves a recorded instant by whole city days (plus a wall-clock offset) while keeping its America/New_York time of
/// day: 08:13 ET on the recorded day is 08:13 ET on the target day, whatever the offsets of the two days. Going through
/// the wall clock, not UTC, is what makes a winter recording land right on a summer day.
/// </summary>
internal sealed class CityDayShift(int days, TimeSpan wallClock)
{
    public int Days { get; } = days;

    public TimeSpan WallClock { get; } = wallClock;

    public DateTimeOffset Apply(DateTimeOffset recorded) =>
        FromCityWallClock(CityTime.ToLocal(recorded).DateTime.AddDays(Days).Add(WallClock));

    public DateTimeOffset? Apply(DateTimeOffset? recorded) => recorded is { } value ? Apply(value) : null;

    /// <summary>
    /// The instant a city wall-clock time names. On a spring-forward day 02:30 does not exist: the request moves on with
    /// the clock, to 03:30 (US gaps are one hour). On a fall-back day 01:30 happens twice: the first one (EDT) is taken,
    /// so the order of the day's requests is kept; the repeated hour then stays quiet, as the slots of the board fold it.
    /// </summary>
    public static DateTimeOffset FromCityWallClock(DateTime wall)
    {
        var zone = CityTime.Zone;
        wall = DateTime.SpecifyKind(wall, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(wall)) wall = wall.AddHours(1);
        var offset = zone.IsAmbiguousTime(wall) ? zone.GetAmbiguousTimeOffsets(wall).Max() : zone.GetUtcOffset(wall);
        return new DateTimeOffset(wall, offset).ToUniversalTime();
    }
}
