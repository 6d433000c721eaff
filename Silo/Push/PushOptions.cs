namespace Philly311.Ops.Silo.Push;

public sealed class PushOptions
{
    public const string Section = "Push";

    /// <summary>Provider calls one push has in flight at once.</summary>
    public int Concurrency { get; set; } = 16;

    /// <summary>Attempts per delivery (the first and its retries) before a temporary failure becomes permanent.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>First retry delay; each next one doubles (with jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>How long a provider has to call back after accepting; then the message is sent again (same idempotency key).</summary>
    public TimeSpan AckTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most deliveries one push may make (items × languages × channels).</summary>
    public int MaxDeliveries { get; set; } = 5_000;
}
