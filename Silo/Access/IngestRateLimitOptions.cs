namespace Philly311.Ops.Silo.Access;

/// <summary>
/// One token bucket per API key on each silo. The defaults sit well above what one silo takes on these machines (the
/// durable single-event ceiling measured 17,099/s with wrk, the knee's 5,000 events/s, a bulk upload being one request):
/// they stop one sender's runaway loop from starving the others, not a surge.
/// </summary>
public sealed class IngestRateLimitOptions
{
    public const string Section = "IngestRateLimit";

    /// <summary>Requests a second one key may keep up (single events and bulk uploads alike; an upload counts once).</summary>
    public int PermitsPerSecond { get; set; } = 25_000;

    /// <summary>Requests one key may send at once after a quiet spell: the bucket's size.</summary>
    public int Burst { get; set; } = 50_000;
}
