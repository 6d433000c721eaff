using System.Diagnostics;
using System.Text.Json;
using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.LoadTests.ContactCenter;
using Philly311.Ops.LoadTests.Injection;
using Philly311.Ops.LoadTests.Measurement;
using Philly311.Ops.LoadTests.Scenarios;
using Philly311.Ops.LoadTests.Targets;

namespace Philly311.Ops.LoadTests.Traffic;

/// <summary>
/// Sends one arrival of a given kind without making the injector wait (open model), measuring latency from the
/// arrival's intended moment. In flight is capped: past the cap an arrival is counted as sent and failed
/// ("generator in-flight cap"), which is what an overloaded target looks like to a real sender.
/// </summary>
internal sealed class TrafficSender(
    IngestClient client, EventFactory events, RunCounters counters, RunLatencies latencies,
    Func<IReadOnlyList<GlassTracker>> probes, OptionalEndpoints endpoints, int bulkSize, int maxInFlight, ContactSurge? contactSurge = null,
    Func<IReadOnlyList<QueueGlass>>? queueProbes = null)
{
    private readonly Dictionary<TrafficKind, bool> _available = [];

    // Built on first use only: most runs send no contact traffic, and the profile is read from disk.
    private readonly Lazy<ContactStream> _contacts = new(() => ContactStream.Shipped(contactSurge, events.RunPrefix + "cc-", TimeProvider.System));
    private long _inFlight;
    private long _optional;

    public long InFlight => Interlocked.Read(ref _inFlight);

    /// <summary>Asks the target once whether it has the endpoints of the later-issue kinds (404/405 → not available).</summary>
    public async Task ProbeOptionalAsync(IEnumerable<TrafficKind> kinds, CancellationToken cancellationToken)
    {
        foreach (var kind in kinds)
        {
            if (kind is not (TrafficKind.Contact or TrafficKind.Agent or TrafficKind.Faq)) continue;
            var reply = await client.PostJsonAsync(new Uri(client.Target, PathOf(kind)), "{}"u8.ToArray(), cancellationToken);
            _available[kind] = reply.Status != IngestStatus.NotAvailable;
        }
    }

    public IReadOnlyDictionary<TrafficKind, bool> Availability => _available;

    public void Send(TrafficKind kind, long intendedTimestamp, CancellationToken cancellationToken)
    {
        var size = kind == TrafficKind.Bulk ? bulkSize : 1;
        if (_available.TryGetValue(kind, out var available) && !available)
        {
            counters.Unavailable(kind.ToString().ToLowerInvariant(), size);
            return;
        }
        counters.Sending(size);
        if (Interlocked.Increment(ref _inFlight) > maxInFlight)
        {
            Interlocked.Decrement(ref _inFlight);
            counters.Dropped("generator in-flight cap", size);
            return;
        }
        _ = SendAsync(kind, intendedTimestamp, cancellationToken);
    }

    private async Task SendAsync(TrafficKind kind, long intended, CancellationToken cancellationToken)
    {
        try
        {
            switch (kind)
            {
                case TrafficKind.Request: await SingleAsync(events.NewRequest(), intended, cancellationToken); break;
                case TrafficKind.Update: await SingleAsync(events.NextUpdate(), intended, cancellationToken); break;
                case TrafficKind.Bulk: await BulkAsync(intended, cancellationToken); break;
                default: await OptionalAsync(kind, intended, cancellationToken); break;
            }
        }
        catch (OperationCanceledException ex)
        {
            counters.Dropped(cancellationToken.IsCancellationRequested ? "cancelled (run stopped)" : "cancelled: " + ex.Message, kind == TrafficKind.Bulk ? bulkSize : 1);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>One single-event POST, as the closed-model probe also sends it: counted, timed, fed to the glass probes.</summary>
    public async Task<IngestReply> SingleAsync(ServiceRequestEvent request, long intended, CancellationToken cancellationToken)
    {
        var reply = await client.PostAsync(request, cancellationToken);
        var done = Stopwatch.GetTimestamp();
        latencies.Ingest.Record(Stopwatch.GetElapsedTime(intended, done));
        counters.Add(reply);
        if (reply.Status == IngestStatus.Accepted) events.Accepted(request);
        if (reply.Status is IngestStatus.Accepted or IngestStatus.Updated && reply.Sequence > 0)
        {
            foreach (var probe in probes()) probe.OnAck(reply.Sequence, done);
        }
        return reply;
    }

    private async Task BulkAsync(long intended, CancellationToken cancellationToken)
    {
        var body = new MemoryStream(bulkSize * 320);
        for (var i = 0; i < bulkSize; i++)
        {
            JsonSerializer.Serialize(body, events.NewRequest(), WireJson.Default.ServiceRequestEvent);
            body.WriteByte((byte)'\n');
        }
        var reply = await client.PostBulkAsync(body.GetBuffer().AsMemory(0, (int)body.Length), bulkSize, cancellationToken);
        latencies.Bulk.Record(Stopwatch.GetElapsedTime(intended));
        counters.Add(reply);
    }

    private async Task OptionalAsync(TrafficKind kind, long intended, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _optional);
        string? queue = null;
        var body = kind switch
        {
            TrafficKind.Contact => _contacts.Value.NextContact(out queue),
            TrafficKind.Agent => _contacts.Value.NextAgentState(),
            _ => OptionalBodies.Faq(n),
        };
        var reply = await client.PostJsonAsync(new Uri(client.Target, PathOf(kind)), body, cancellationToken);
        var done = Stopwatch.GetTimestamp();
        latencies.Other.Record(Stopwatch.GetElapsedTime(intended, done));
        counters.Add(reply, serviceRequest: false);
        // Only a counted contact moves its queue's numbers (an "ignored" one answers 200 and no frame follows).
        if (queue is not null && queueProbes is not null && reply.Status == IngestStatus.Accepted && reply.Sequence > 0)
        {
            var key = QueueSlug.KeyOf(queue);
            foreach (var probe in queueProbes()) probe.OnAck(key, reply.Sequence, done);
        }
    }

    private string PathOf(TrafficKind kind) => kind switch
    {
        TrafficKind.Contact => endpoints.Contact,
        TrafficKind.Agent => endpoints.Agent,
        _ => endpoints.Faq,
    };

    /// <summary>Waits (bounded) for what is in flight, so counts are final before the report.</summary>
    public async Task DrainAsync(TimeSpan limit)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (InFlight > 0 && Stopwatch.GetTimestamp() < deadline) await Task.Delay(50);
    }
}
