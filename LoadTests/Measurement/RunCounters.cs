using System.Collections.Concurrent;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Measurement;

/// <summary>
/// Counts of a run, in events (a bulk upload of 500 lines is 500 events). Invariant checked in the report:
/// <c>Sent = Acknowledged + Errors</c> once nothing is in flight. Kinds the target lacks are counted apart, not as sent.
/// </summary>
internal sealed class RunCounters : OutcomeTally
{
    private long _sent, _notAvailable, _intervalAcked, _intervalErrors, _intervalSent;

    public ConcurrentDictionary<string, long> NotAvailable { get; } = new(StringComparer.Ordinal);

    public long Sent => Interlocked.Read(ref _sent);
    public long NotAvailableCount => Interlocked.Read(ref _notAvailable);
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
        Count(reply);
        if (reply.Acknowledged) Interlocked.Increment(ref _intervalAcked);
        else Interlocked.Increment(ref _intervalErrors);
    }

    public void Add(BulkReply reply)
    {
        Count(reply);
        Interlocked.Add(ref _intervalAcked, reply.Acknowledged);
        Interlocked.Add(ref _intervalErrors, reply.Rejected + reply.Failed);
    }

    /// <summary>Events refused before leaving the generator (in-flight cap): sent by the open model's schedule, so an error.</summary>
    public void Dropped(string kind, long events)
    {
        CountFailed(kind, events);
        Interlocked.Add(ref _intervalErrors, events);
    }

    /// <summary>Events sent, acknowledged and failed since the last call (for the one-second timeline).</summary>
    public (long Sent, long Acked, long Errors) TakeInterval() =>
        (Interlocked.Exchange(ref _intervalSent, 0), Interlocked.Exchange(ref _intervalAcked, 0), Interlocked.Exchange(ref _intervalErrors, 0));
}
