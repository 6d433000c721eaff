using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>Thread-safe totals of a replay: what the silo answered, and why the rest failed.</summary>
internal sealed class ReplayTally : OutcomeTally
{
    private long _consecutiveUnreachable;

    public long Done => Acknowledged + ErrorCount;

    /// <summary>Connection refusals in a row: the target went away, so the replay stops instead of spinning.</summary>
    public long ConsecutiveUnreachable => Interlocked.Read(ref _consecutiveUnreachable);

    public void Add(IngestReply reply)
    {
        Count(reply);
        Reachable(reply.ErrorKind != "connection refused");
    }

    public void Add(BulkReply reply)
    {
        Count(reply);
        Reachable(!reply.Errors.ContainsKey("connection refused"));
    }

    private void Reachable(bool reachable)
    {
        if (reachable) Interlocked.Exchange(ref _consecutiveUnreachable, 0);
        else Interlocked.Increment(ref _consecutiveUnreachable);
    }
}
