namespace Philly311.Ops.Contracts.Push;

/// <summary>
/// Where one delivery is: <c>queued → sending → delivered | failed_temporary → retrying → sending … | failed_permanent | cancelled</c>.
/// <see cref="DeliveryTransitions"/> says which moves are legal; the wire names are <see cref="DeliveryStatusNames"/>.
/// </summary>
[GenerateSerializer]
public enum DeliveryStatus
{
    Queued,
    Sending,
    Delivered,
    FailedTemporary,
    Retrying,
    FailedPermanent,
    Cancelled,
}
