using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Dashboard.Hub;

namespace Philly311.Ops.Dashboard.Live;

/// <summary>
/// The one <see cref="IFigureObserver"/> of this process: every subscribed grain pushes here, and each frame goes to
/// what needs it — a part of the board to the <see cref="LiveBoardFeed"/>, any other figure to the hub's per-key
/// groups. Orleans runs these one-way calls one at a time, so nothing here may block or throw.
/// </summary>
public sealed class FigureObserver(LiveBoardFeed feed, KeyedFigures keyed) : IFigureObserver
{
    public void OnFigureChanged(FigureFrame frame)
    {
        if (frame.Key == FigureDimension.City) feed.TakeCity(frame);
        else keyed.Take(frame);
    }

    public void OnListChanged(FigureListFrame frame) => feed.TakeList(frame);

    public void OnHeartbeat(FigureHeartbeat heartbeat)
    {
        if (LiveBoardFeed.IsPart(heartbeat.Key)) feed.TakeHeartbeat(heartbeat);
        else keyed.TakeHeartbeat(heartbeat);
    }
}
