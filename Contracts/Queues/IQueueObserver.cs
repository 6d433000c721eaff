using Philly311.Ops.Contracts.Figures;

namespace Philly311.Ops.Contracts.Queues;

/// <summary>Receives queue frames and heartbeats; one per dashboard process. Subscriptions expire (<see cref="IQueueGrain.SubscriptionLifetime"/>): renew them.</summary>
public interface IQueueObserver : IGrainObserver
{
    void OnQueueChanged(QueueFrame frame);

    void OnHeartbeat(FigureHeartbeat heartbeat);
}
