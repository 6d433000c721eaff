namespace Philly311.Ops.Dashboard.Live;

/// <summary>
/// Bookkeeping of one grain's subscription for <see cref="SubscriptionUpkeepLoop"/>: the loop reads it only while
/// no upkeep of that grain runs, and the running upkeep is the only writer.
/// </summary>
internal sealed class SubscriptionUpkeep
{
    public DateTimeOffset? SubscribedAt { get; set; }

    public int Failures { get; set; }

    public DateTimeOffset RetryAt { get; set; }

    public Task? Running { get; set; }
}
