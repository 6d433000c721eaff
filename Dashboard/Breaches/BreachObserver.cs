using Philly311.Ops.Contracts.Breaches;

namespace Philly311.Ops.Dashboard.Breaches;

/// <summary>The one <see cref="IBreachObserver"/> of this process; Orleans runs its one-way calls one at a time, so nothing here blocks.</summary>
public sealed class BreachObserver(BreachFeed feed) : IBreachObserver
{
    public void OnBreaches(BreachFrame frame) => feed.Take(frame);

    public void OnHeartbeat(BreachHeartbeat heartbeat) => feed.TakeHeartbeat(heartbeat);
}
