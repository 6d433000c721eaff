using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Tests.Support;

/// <summary>
/// A whole board through the feed the way its grains deliver it: one city frame and one frame per list, all with the
/// snapshot's sequence and as-of. Page tests keep saying <c>Feed.Publish(snapshot)</c>; the feed sees only parts.
/// </summary>
public static class BoardParts
{
    public static FigureFrame City(BoardSnapshot snapshot, long? version = null) => new(
        FigureDimension.City, snapshot.AsOf, snapshot.Sequence, version ?? snapshot.Sequence, snapshot.Today, snapshot.City, snapshot.QuarterHours);

    public static FigureListFrame List(BoardSnapshot snapshot, string dimension) => new(dimension, snapshot.AsOf, snapshot.Sequence, snapshot.Today, dimension switch
    {
        FigureDimension.Department => snapshot.Departments,
        FigureDimension.Neighborhood => snapshot.Neighborhoods,
        FigureDimension.Zip => snapshot.Zipcodes,
        FigureDimension.Channel => snapshot.Channels,
        _ => snapshot.Services ?? [],
    });

    public static void Publish(this LiveBoardFeed feed, BoardSnapshot snapshot)
    {
        feed.TakeCity(City(snapshot));
        foreach (var dimension in FigureDimension.Lists) feed.TakeList(List(snapshot, dimension));
    }

    /// <summary>A heartbeat from every part at once.</summary>
    public static void OnHeartbeat(this LiveBoardFeed feed, BoardHeartbeat heartbeat)
    {
        foreach (var part in LiveBoardFeed.Parts) feed.TakeHeartbeat(new FigureHeartbeat(part, heartbeat.AsOf, heartbeat.Sequence));
    }
}
