using System.Collections.Concurrent;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Replay;

/// <summary>Thread-safe totals of a replay: what the silo answered, and why the rest failed.</summary>
internal sealed class ReplayTally
{
    private long _accepted, _updated, _duplicate, _rejected, _failed, _consecutiveUnreachable;

    public ConcurrentDictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    public long Accepted => Interlocked.Read(ref _accepted);
    public long Updated => Interlocked.Read(ref _updated);
    public long Duplicate => Interlocked.Read(ref _duplicate);
    public long Rejected => Interlocked.Read(ref _rejected);
    public long Failed => Interlocked.Read(ref _failed);
    public long Done => Accepted + Updated + Duplicate + Rejected + Failed;

    /// <summary>Connection refusals in a row: the target went away, so the replay stops instead of spinning.</summary>
    public long ConsecutiveUnreachable => Interlocked.Read(ref _consecutiveUnreachable);

    public void Add(IngestReply reply)
    {
        switch (reply.Status)
        {
            case IngestStatus.Accepted: Interlocked.Increment(ref _accepted); break;
            case IngestStatus.Updated: Interlocked.Increment(ref _updated); break;
            case IngestStatus.Duplicate: Interlocked.Increment(ref _duplicate); break;
            case IngestStatus.Rejected: Interlocked.Increment(ref _rejected); break;
            default: Interlocked.Increment(ref _failed); break;
        }
        if (reply.ErrorKind is { } kind) Errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
        if (reply.ErrorKind == "connection refused") Interlocked.Increment(ref _consecutiveUnreachable);
        else Interlocked.Exchange(ref _consecutiveUnreachable, 0);
    }

    public void Add(BulkReply reply)
    {
        Interlocked.Add(ref _accepted, reply.Accepted);
        Interlocked.Add(ref _updated, reply.Updated);
        Interlocked.Add(ref _duplicate, reply.Duplicate);
        Interlocked.Add(ref _rejected, reply.Rejected);
        Interlocked.Add(ref _failed, reply.Failed);
        foreach (var (kind, count) in reply.Errors) Errors.AddOrUpdate(kind, count, (_, n) => n + count);
        if (reply.Errors.ContainsKey("connection refused")) Interlocked.Increment(ref _consecutiveUnreachable);
        else Interlocked.Exchange(ref _consecutiveUnreachable, 0);
    }
}
