namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>How bad a queue or department is against its thresholds; ordered so the worse compares greater.</summary>
public enum AlertLevel
{
    Ok,
    Amber,
    Red,
}
