namespace Philly311.Ops.Contracts.Breaches;

/// <summary>Receives the breach grain's frames; subscriptions expire (<see cref="IBreachGrain.SubscriptionLifetime"/>), so renew them.</summary>
public interface IBreachObserver : IGrainObserver
{
    void OnBreaches(BreachFrame frame);

    void OnHeartbeat(BreachHeartbeat heartbeat);
}
