using System.Collections.Concurrent;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Measurement;

/// <summary>
/// Counts of a run, in events (a bulk upload of 500 lines is 500 events). Invariant checked in the report:
/// <c>Sent = Acknowledged + Errors</c> once nothing is in flight. Kinds the target lacks are counted apart, not as sent.
/// </summary>
internal sealed class RunCounters : OutcomeTally
{
    private long _sent, _notAvailable, _intervalAcked, _intervalErrors, _intervalSent, _acceptedRequests;

    /// <summary>Accepted new service requests (not contact, agent or FAQ events): what the city total moves by.</summary>
    public long AcceptedRequests => Interlocked.Read(ref _acceptedRequests);

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

    public void Add(IngestReply reply, bool serviceRequest = true)
    {
        Count(reply);
        if (serviceRequest && reply.Status == IngestStatus.Accepted) Interlocked.Increment(ref _acceptedRequests);
        if (reply.Acknowledged) Interlocked.Increment(ref _intervalAcked);
        else Interlocked.Increment(ref _intervalErrors);
    }

    public void Add(BulkReply reply)
    {
        Count(reply);
        Interlocked.Add(ref _acceptedRequests, reply.Accepted);
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
