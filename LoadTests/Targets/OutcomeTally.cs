using System.Collections.Concurrent;

namespace Philly311.Ops.LoadTests.Targets;

/// <summary>
/// Thread-safe totals of what the silo answered, in events (a bulk upload of 500 lines is 500 events), and the
/// kinds of failure seen. Shared by the replay's tally and the surge run's counters.
/// </summary>
internal abstract class OutcomeTally
{
    private long _accepted, _updated, _duplicate, _rejected, _failed;

    public ConcurrentDictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    public long Accepted => Interlocked.Read(ref _accepted);
    public long Updated => Interlocked.Read(ref _updated);
    public long Duplicate => Interlocked.Read(ref _duplicate);
    public long Rejected => Interlocked.Read(ref _rejected);
    public long Failed => Interlocked.Read(ref _failed);
    public long Acknowledged => Accepted + Updated + Duplicate;
    public long ErrorCount => Rejected + Failed;

    protected void Count(IngestReply reply)
    {
        switch (reply.Status)
        {
            case IngestStatus.Accepted: Interlocked.Increment(ref _accepted); break;
            case IngestStatus.Updated: Interlocked.Increment(ref _updated); break;
            case IngestStatus.Duplicate: Interlocked.Increment(ref _duplicate); break;
            case IngestStatus.Rejected: Interlocked.Increment(ref _rejected); break;
            default: Interlocked.Increment(ref _failed); break;
        }
        if (reply.ErrorKind is { } kind) Error(kind, 1);
    }

    protected void Count(BulkReply reply)
    {
        Interlocked.Add(ref _accepted, reply.Accepted);
        Interlocked.Add(ref _updated, reply.Updated);
        Interlocked.Add(ref _duplicate, reply.Duplicate);
        Interlocked.Add(ref _rejected, reply.Rejected);
        Interlocked.Add(ref _failed, reply.Failed);
        foreach (var (kind, count) in reply.Errors) Error(kind, count);
    }

    /// <summary>Events that failed without an answer from the silo.</summary>
    protected void CountFailed(string kind, long events)
    {
        Interlocked.Add(ref _failed, events);
        Error(kind, events);
    }

    private void Error(string kind, long count)
    {
        if (count > 0) Errors.AddOrUpdate(kind, count, (_, n) => n + count);
    }
}
