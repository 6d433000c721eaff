namespace Philly311.Ops.Contracts.Push;

/// <summary>
/// The delivery state machine. A delivery already handed to a provider (<c>sending</c>) can no longer be cancelled:
/// the message may be out, so only the provider's answer ends it. Final states never move again, which is what makes a
/// replayed provider callback harmless.
/// </summary>
public static class DeliveryTransitions
{
    public static bool IsFinal(DeliveryStatus status) =>
        status is DeliveryStatus.Delivered or DeliveryStatus.FailedPermanent or DeliveryStatus.Cancelled;

    public static bool IsAllowed(DeliveryStatus from, DeliveryStatus to) => (from, to) switch
    {
        (DeliveryStatus.Queued, DeliveryStatus.Sending or DeliveryStatus.Cancelled) => true,
        (DeliveryStatus.Sending, DeliveryStatus.Delivered or DeliveryStatus.FailedTemporary or DeliveryStatus.FailedPermanent) => true,
        (DeliveryStatus.FailedTemporary, DeliveryStatus.Retrying or DeliveryStatus.FailedPermanent or DeliveryStatus.Cancelled) => true,
        (DeliveryStatus.Retrying, DeliveryStatus.Sending or DeliveryStatus.Cancelled) => true,
        _ => false,
    };
}
