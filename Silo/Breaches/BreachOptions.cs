namespace Philly311.Ops.Silo.Breaches;

/// <summary>
/// When an open request without an <c>expected_datetime</c> is due, and how often due times are swept.
/// The table and where its values come from: docs/SLA-DEFAULTS.md.
/// </summary>
public sealed class BreachOptions
{
    public const string Section = "Breaches";

    /// <summary>The SLA of a request type the table does not list (and of "Unknown"): a few working days.</summary>
    public TimeSpan DefaultSla { get; set; } = TimeSpan.FromHours(72);

    /// <summary>SLA per request type, keyed by the type's name as senders spell it ("Street Light Outage") or its key.</summary>
    public Dictionary<string, TimeSpan> SlaByRequestType { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How often the cluster's one sweep moves due requests to breached. The budget is "on screen within 1 s of the due
    /// time"; a sweep every 1 s alone could use all of it, so twice a second leaves half for the push.
    /// </summary>
    public TimeSpan SweepEvery { get; set; } = TimeSpan.FromMilliseconds(500);
}
