namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// The event was not (knowingly) stored and the sender should retry after <see cref="RetryAfterSeconds"/>:
/// 429 when the silo's commit queue is full, 503 when Redis is unreachable or did not answer in time.
/// </summary>
public sealed class CommitRefusedException(int status, string reason, int retryAfterSeconds, Exception? inner = null)
    : Exception(reason, inner)
{
    public int Status { get; } = status;

    public int RetryAfterSeconds { get; } = retryAfterSeconds;
}
