namespace Philly311.Ops.Silo.Geography;

/// <summary>
/// Where a request goes when it cannot be placed (no coordinates, a point outside the city, no ZIP).
/// Counting it under "unknown" keeps every dimension summing to the city total.
/// </summary>
public static class Places
{
    public const string UnknownId = "unknown";
    public const string UnknownName = "Unknown";
}
