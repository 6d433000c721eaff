using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Drilldown;

/// <summary>One per-key figure watched by drill-down pages of this process. Touched only under <see cref="DrilldownFeed"/>'s lock.</summary>
internal sealed class WatchedFigure(string key)
{
    public HeldFrame Held { get; } = new(key);

    public List<Action<FigureFrame?, BoardFreshness>> Watchers { get; } = [];

    public FeedState NotifiedState { get; set; } = FeedState.Waiting;

    public bool Fetching { get; set; }
}
