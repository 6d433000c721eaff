namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>The editor's fields for one department's thresholds.</summary>
public sealed class DepartmentThresholdsEdit
{
    public long Amber { get; set; }
    public long Red { get; set; }

    public static DepartmentThresholdsEdit From(DepartmentThresholds t) => new() { Amber = t.BreachedAmber, Red = t.BreachedRed };

    public DepartmentThresholds ToThresholds() => new() { BreachedAmber = Amber, BreachedRed = Red };
}
