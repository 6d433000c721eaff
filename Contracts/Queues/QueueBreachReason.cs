namespace Philly311.Ops.Contracts.Queues;

public static class QueueBreachReason
{
    public const string ServiceLevel = "service_level";
    public const string OldestWait = "oldest_wait";
}
