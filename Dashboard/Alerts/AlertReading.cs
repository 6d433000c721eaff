namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>
/// One subject (<c>queue:{slug}</c> or <c>department:{key}</c>) measured against its thresholds: the worst metric's
/// level, value and the threshold it crossed (or the amber one when ok), as words a screen shows next to the color.
/// <see cref="Evidence"/>: the time the numbers are about (frame as-of, or now for a wait that grew by itself).
/// </summary>
public sealed record AlertReading(string Subject, string Name, AlertLevel Level, string Metric, string Value, string Threshold, DateTimeOffset Evidence)
{
    public const string QueuePrefix = "queue:";
    public const string DepartmentPrefix = "department:";
}
