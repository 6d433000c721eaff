namespace Philly311.Ops.Dashboard.Alerts;

/// <summary>
/// One alert in the shared log: opened when its subject left ok, <see cref="Level"/> the worst it reached, closed when
/// back to ok, acknowledged once by a liaison or the director. Stored as JSON in Redis (camelCase, read by the scripts).
/// </summary>
public sealed record AlertEntry(
    string Id,
    string Subject,
    string Name,
    AlertLevel Level,
    string Metric,
    string Value,
    string Threshold,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt = null,
    string? AcknowledgedBy = null,
    DateTimeOffset? AcknowledgedAt = null)
{
    public bool Open => ClosedAt is null;
}
