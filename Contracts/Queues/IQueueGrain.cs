namespace Philly311.Ops.Contracts.Queues;

/// <summary>
/// One queue (<c>queue:{slug}</c>) or roll-up (<c>queues:channel:{c}</c>, <c>queues</c>), fed after each durable contact
/// commit; pushes changed frames (at most every ~50 ms) and a heartbeat while quiet. Redis is the truth.
/// </summary>
public interface IQueueGrain : IGrainWithStringKey
{
    static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(2);

    Task<QueueFrame> GetFrameAsync();

    Task SubscribeAsync(IQueueObserver observer);

    Task UnsubscribeAsync(IQueueObserver observer);
}
