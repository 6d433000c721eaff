using System.Collections.Concurrent;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Measurement;

/// <summary>
/// Counts of a run, in events (a bulk upload of 500 lines is 500 events). Invariant checked in the report:
/// <c>Sent = Acknowledged + Errors</c> once nothing is in flight. Kinds the target lacks are counted apart, not as sent.
/// </summary>
internal sealed class RunCounters
{
    private long _sent, _accepted, _updated, _duplicate, _rejected, _failed, _notAvailable, _intervalAcked, _intervalErrors, _intervalSent;

    public ConcurrentDictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, long> NotAvailable { get; } = new(StringComparer.Ordinal);

    public long Sent => Interlocked.Read(ref _sent);
    public long Accepted => Interlocked.Read(ref _accepted);
    public long Updated => Interlocked.Read(ref _updated);
    public long Duplicate => Interlocked.Read(ref _duplicate);
    public long Rejected => Interlocked.Read(ref _rejected);
    public long Failed => Interlocked.Read(ref _failed);
    public long NotAvailableCount => Interlocked.Read(ref _notAvailable);
    public long Acknowledged => Accepted + Updated + Duplicate;
    public long ErrorCount => Rejected + Failed;
    public long InFlight => Sent - Acknowledged - ErrorCount;

    public void Sending(long events)
    {
        Interlocked.Add(ref _sent, events);
        Interlocked.Add(ref _intervalSent, events);
    }

    /// <summary>An arrival of a kind the target has no endpoint for: neither sent nor an error.</summary>
    public void Unavailable(string kind, long events)
    {
        Interlocked.Add(ref _notAvailable, events);
        NotAvailable.AddOrUpdate(kind, events, (_, n) => n + events);
    }

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
        if (reply.Acknowledged) Interlocked.Increment(ref _intervalAcked);
        else Interlocked.Increment(ref _intervalErrors);
        if (reply.ErrorKind is { } kind) Error(kind, 1);
    }

    public void Add(BulkReply reply)
    {
        Interlocked.Add(ref _accepted, reply.Accepted);
        Interlocked.Add(ref _updated, reply.Updated);
        Interlocked.Add(ref _duplicate, reply.Duplicate);
        Interlocked.Add(ref _rejected, reply.Rejected);
        Interlocked.Add(ref _failed, reply.Failed);
        Interlocked.Add(ref _intervalAcked, reply.Acknowledged);
        Interlocked.Add(ref _intervalErrors, reply.Rejected + reply.Failed);
        foreach (var (kind, count) in reply.Errors) Error(kind, count);
    }

    /// <summary>Events refused before leaving the generator (in-flight cap): sent by the open model's schedule, so an error.</summary>
    public void Dropped(string kind, long events)
    {
        Interlocked.Add(ref _failed, events);
        Interlocked.Add(ref _intervalErrors, events);
        Error(kind, events);
    }

    private void Error(string kind, long count)
    {
        if (count > 0) Errors.AddOrUpdate(kind, count, (_, n) => n + count);
    }

    /// <summary>Events sent, acknowledged and failed since the last call (for the one-second timeline).</summary>
    public (long Sent, long Acked, long Errors) TakeInterval() =>
        (Interlocked.Exchange(ref _intervalSent, 0), Interlocked.Exchange(ref _intervalAcked, 0), Interlocked.Exchange(ref _intervalErrors, 0));
}
