namespace Philly311.Ops.Contracts.Ingest;

/// <summary>What happened to one event.</summary>
public static class IngestOutcome
{
    /// <summary>A request seen for the first time, now durable and counted (HTTP 202).</summary>
    public const string Accepted = "accepted";

    /// <summary>A newer version of a known request, now durable; counters moved (HTTP 202).</summary>
    public const string Updated = "updated";

    /// <summary>The same or an older version of a known request; nothing changed (HTTP 200).</summary>
    public const string Duplicate = "duplicate";

    /// <summary>Invalid input; nothing changed (HTTP 4xx, or a bulk line with a reason).</summary>
    public const string Rejected = "rejected";
}
