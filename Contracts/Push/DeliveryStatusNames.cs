namespace Philly311.Ops.Contracts.Push;

/// <summary>The snake_case names statuses have on the wire (provider callbacks, exports).</summary>
public static class DeliveryStatusNames
{
    public static string Of(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Queued => "queued",
        DeliveryStatus.Sending => "sending",
        DeliveryStatus.Delivered => "delivered",
        DeliveryStatus.FailedTemporary => "failed_temporary",
        DeliveryStatus.Retrying => "retrying",
        DeliveryStatus.FailedPermanent => "failed_permanent",
        DeliveryStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParse(string? name, out DeliveryStatus status)
    {
        foreach (var candidate in Enum.GetValues<DeliveryStatus>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.Ordinal))
            {
                status = candidate;
                return true;
            }
        }
        status = default;
        return false;
    }
}
