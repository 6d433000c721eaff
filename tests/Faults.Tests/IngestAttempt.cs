namespace Philly311.Ops.Faults.Tests;

/// <summary>
/// One POST of one event to one silo, on the sender's clock: when it was sent, how long until the answer, the status
/// (null: no HTTP answer — refused connection, reset, or the sender's own timeout), and whether a Retry-After came with it.
/// </summary>
public sealed record IngestAttempt(string EventId, string Silo, TimeSpan SentAt, TimeSpan Took, int? Status, bool RetryAfter, string? Error)
{
    public TimeSpan AnsweredAt => SentAt + Took;

    public bool Acknowledged => Status is >= 200 and < 300;

    public bool TimedOut => Error == SteadyIngest.TimeoutError;
}
