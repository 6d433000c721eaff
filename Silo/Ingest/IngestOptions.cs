namespace Philly311.Ops.Silo.Ingest;

public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>The shared secret senders put in <c>X-Api-Key</c>. Development ships <c>dev-ingest-key</c> (appsettings.Development.json); any other environment refuses to start without a key of its own.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Largest single-event body (bytes of the body itself, not of its chunked framing). An Open311 request is well under 4 KiB.</summary>
    public long MaxEventBytes { get; set; } = 64 * 1024;

    /// <summary>Largest bulk upload (bytes): a whole day of the city is ~1 MiB of CSV, a year ~500 MiB.</summary>
    public long MaxBulkBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Longest NDJSON line or CSV row (bytes) in a bulk upload; a longer one is refused alone.</summary>
    public int MaxLineBytes { get; set; } = 64 * 1024;

    /// <summary>Longest CSV field (bytes). The longest field we keep is 256 characters; the city's free-text columns stay well under this.</summary>
    public int MaxFieldBytes { get; set; } = 4 * 1024;

    /// <summary>How far ahead of now a requested, updated or closed time may be: clock skew, not a sender's bug that would freeze a request.</summary>
    public TimeSpan FutureTolerance { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How far ahead an SLA due time (<c>expected_datetime</c>) may be: due dates are legitimately weeks out, year 9999 is not.</summary>
    public TimeSpan MaxDueAhead { get; set; } = TimeSpan.FromDays(366);

    /// <summary>
    /// Distinct departments outside the catalog the board keeps (across the cluster). A new unknown agency past this is counted
    /// under "Unassigned": never dropped, so every dimension still sums to the city total.
    /// </summary>
    public int MaxDepartments { get; set; } = 100;

    /// <summary>Distinct request types the board keeps; a new one past this is counted under "Other request types".</summary>
    public int MaxRequestTypes { get; set; } = 200;

    /// <summary>How often a silo re-reads the cluster's known departments and request types from Redis (one HKEYS, not one call per event).</summary>
    public TimeSpan DimensionRefresh { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Single events waiting for their group commit. Past this a POST is answered 429 at once instead of queueing without bound.</summary>
    public int MaxPendingEvents { get; set; } = 10_000;

    /// <summary>Longest a POST (or a bulk batch) waits for Redis to apply it; then 503 + Retry-After (bulk: "failed" lines) instead of holding the sender. 1.5 s keeps the answer under 2 s.</summary>
    public TimeSpan CommitDeadline { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Retry-After (seconds) on a 429 (queue full) answer.</summary>
    public int RetryAfterBusySeconds { get; set; } = 1;

    /// <summary>Retry-After (seconds) on a 503 (Redis away) answer.</summary>
    public int RetryAfterUnavailableSeconds { get; set; } = 5;
}
