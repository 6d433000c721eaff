namespace Philly311.Ops.Dashboard.Breaches;

/// <summary>How the department rows of <see cref="BreachBoard"/> are ordered.</summary>
public enum BreachSort
{
    /// <summary>Most breached first (the default: where the late work is).</summary>
    Count,

    /// <summary>Department name A→Z.</summary>
    Name,
}
