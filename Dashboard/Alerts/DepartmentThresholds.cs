namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>When a department turns amber or red: at least so many of its open requests past due.</summary>
public sealed record DepartmentThresholds
{
    public long BreachedAmber { get; init; } = 10;
    public long BreachedRed { get; init; } = 50;
}
