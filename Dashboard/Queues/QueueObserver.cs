using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Queues;

namespace Philly311.Ops.Dashboard.Queues;

/// <summary>The one <see cref="IQueueObserver"/> of this process: every subscribed queue grain pushes here. Nothing here may block or throw.</summary>
public sealed class QueueObserver(QueueFeed feed) : IQueueObserver
{
    public void OnQueueChanged(QueueFrame frame) => feed.Take(frame);

    public void OnHeartbeat(FigureHeartbeat heartbeat) => feed.TakeHeartbeat(heartbeat);
}
