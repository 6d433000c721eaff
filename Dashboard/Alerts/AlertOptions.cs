namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>
/// The <c>Alerts</c> section: thresholds per queue slug (<c>Alerts:Queues:{slug}</c>, else <c>Alerts:Default</c>) and
/// per department key (<c>Alerts:Departments:{key}</c>, else <c>Alerts:DepartmentDefault</c>). A director's overrides
/// from <c>/alerts</c> live in Redis and win over these.
/// </summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    public QueueThresholds Default { get; set; } = new();
    public DepartmentThresholds DepartmentDefault { get; set; } = new();
    public Dictionary<string, QueueThresholds> Queues { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, DepartmentThresholds> Departments { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How many alerts the shared log keeps (oldest dropped first).</summary>
    public int LogKeep { get; set; } = 2_000;
}
