using System.Globalization;
using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Silo.Deliveries;

/// <summary>A delivery's moving part as Redis stores it: <c>status|attempts|updated unix ms|reason</c>.</summary>
public sealed record DeliveryState(DeliveryStatus Status, int Attempts, DateTimeOffset UpdatedAt, string? Reason)
{
    public static DeliveryState Queued(DateTimeOffset at) => new(DeliveryStatus.Queued, 0, at, null);

    public string Encode() => string.Join('|', ((int)Status).ToString(CultureInfo.InvariantCulture),
        Attempts.ToString(CultureInfo.InvariantCulture), UpdatedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), Reason ?? "");

    public static DeliveryState Decode(string value)
    {
        var parts = value.Split('|', 4);
        return new DeliveryState((DeliveryStatus)int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture),
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[2], CultureInfo.InvariantCulture)), parts[3].Length == 0 ? null : parts[3]);
    }

    /// <summary>The status prefix the compare-and-set script matches on.</summary>
    public static string StatusToken(DeliveryStatus status) => ((int)status).ToString(CultureInfo.InvariantCulture);
}
