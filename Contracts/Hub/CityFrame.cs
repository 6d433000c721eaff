using Philly311.Ops.Contracts.Board;

namespace Philly311.Ops.Contracts.Hub;

/// <summary>
/// What group <c>city</c> receives: the city-wide view (city totals, every department, every channel, requests per
/// 15 minutes today). Neighborhoods and ZIPs have their own groups (<c>hood:{id}</c>, <c>zip:{zip}</c>): putting all
/// 207 of them in every city frame made each frame eight times larger (about 25 KB instead of 3 KB), and pushing
/// that five times a second to a thousand subscribers was what slowed every screen down. The whole board is one
/// GET of the silo's <c>/api/snapshot</c> away.
/// </summary>
public sealed record CityFrame(
    DateTimeOffset AsOf,
    long Sequence,
    string Today,
    CounterEntry City,
    CounterEntry[] Departments,
    CounterEntry[] Channels,
    long[] QuarterHours)
{
    public static CityFrame From(BoardSnapshot snapshot) => new(
        snapshot.AsOf, snapshot.Sequence, snapshot.Today, snapshot.City, snapshot.Departments, snapshot.Channels, snapshot.QuarterHours);
}
