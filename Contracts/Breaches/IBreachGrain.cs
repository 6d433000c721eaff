namespace Philly311.Ops.Contracts.Breaches;

/// <summary>
/// The one breach grain of the cluster (key <see cref="City"/>): it sweeps the due times in Redis twice a second, so an
/// open request past due is breached with no new event, and pushes the breaches to its observers. Commits that
/// change the breached set nudge it, so a close shows at once rather than at the next sweep.
/// </summary>
public interface IBreachGrain : IGrainWithStringKey
{
    const string City = "city";

    /// <summary>An observer not renewed within this time stops getting frames.</summary>
    static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(2);

    Task<BreachFrame> GetFrameAsync();

    Task SubscribeAsync(IBreachObserver observer);

    Task UnsubscribeAsync(IBreachObserver observer);

    /// <summary>Redis's breach version reached <paramref name="version"/> in a commit: re-read if behind.</summary>
    [Orleans.Concurrency.OneWay]
    Task NudgeAsync(long version);

    /// <summary>Activates the grain (and with it the sweep) if it is not running; silos call it on a timer.</summary>
    Task KeepSweepingAsync();
}
