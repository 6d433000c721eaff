namespace Philly311.Ops.Contracts.Events;

/// <summary>
/// Receives event and directory frames; one per dashboard process. Subscriptions expire after
/// <see cref="SubscriptionLifetime"/>, so subscribers renew them.
/// </summary>
public interface IEventObserver : IGrainObserver
{
    static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(2);

    void OnEventChanged(EventSnapshot snapshot);

    void OnDirectoryChanged(EventDirectoryFrame frame);
}
