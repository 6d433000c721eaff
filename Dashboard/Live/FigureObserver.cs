using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Dashboard.Drilldown;
using Philly311.Ops.Dashboard.Hub;

namespace Philly311.Ops.Dashboard.Live;

/// <summary>
/// The one <see cref="IFigureObserver"/> of this process: every subscribed grain pushes here, and each frame goes to
/// what needs it — a part of the board to the <see cref="LiveBoardFeed"/>, any other figure to the hub's per-key
/// groups and to the drill-down pages watching it. Orleans runs these one-way calls one at a time, so nothing here may block or throw.
/// </summary>
public sealed class FigureObserver(LiveBoardFeed feed, KeyedFigures keyed, DrilldownFeed? drilldowns = null) : IFigureObserver
{
    public void OnFigureChanged(FigureFrame frame)
    {
        if (frame.Key == FigureDimension.City)
        {
            feed.TakeCity(frame);
            return;
        }
        keyed.Take(frame);
        drilldowns?.Take(frame);
    }

    public void OnListChanged(FigureListFrame frame) => feed.TakeList(frame);

    public void OnHeartbeat(FigureHeartbeat heartbeat)
    {
        if (LiveBoardFeed.IsPart(heartbeat.Key)) feed.TakeHeartbeat(heartbeat);
        else
        {
            keyed.TakeHeartbeat(heartbeat);
            drilldowns?.TakeHeartbeat(heartbeat);
        }
    }
}
