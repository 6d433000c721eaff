namespace Philly311.Ops.Contracts.Push;

/// <summary>How many deliveries are in each status.</summary>
[GenerateSerializer, Immutable]
public sealed record StatusCounts(
    [property: Id(0)] int Queued,
    [property: Id(1)] int Sending,
    [property: Id(2)] int Delivered,
    [property: Id(3)] int FailedTemporary,
    [property: Id(4)] int Retrying,
    [property: Id(5)] int FailedPermanent,
    [property: Id(6)] int Cancelled)
{
    public static StatusCounts Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public int Total => Queued + Sending + Delivered + FailedTemporary + Retrying + FailedPermanent + Cancelled;

    public int Final => Delivered + FailedPermanent + Cancelled;

    public int Of(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Queued => Queued,
        DeliveryStatus.Sending => Sending,
        DeliveryStatus.Delivered => Delivered,
        DeliveryStatus.FailedTemporary => FailedTemporary,
        DeliveryStatus.Retrying => Retrying,
        DeliveryStatus.FailedPermanent => FailedPermanent,
        _ => Cancelled,
    };

    public static StatusCounts Count(IEnumerable<DeliveryStatus> statuses)
    {
        var n = new int[7];
        foreach (var s in statuses) n[(int)s]++;
        return new StatusCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
    }
}
