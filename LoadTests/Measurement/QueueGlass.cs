namespace Philly311.Ops.LoadTests.Measurement;

/// <summary>
/// Queue-to-glass at one hub subscriber of the queue groups, in this process's clock: a contact ack with sequence S for
/// queue Q waits for the first <c>QueueFrame</c> of Q with Sequence ≥ S at this subscriber. One <see cref="GlassTracker"/>
/// per queue does the matching (the same rule as event-to-glass: a frame that came before the ack records 0), because
/// each queue's frames carry the sequence that queue's numbers are complete up to, not the city's.
/// </summary>
internal sealed class QueueGlass(LatencyRecorder recorder, IReadOnlyCollection<string> queueKeys)
{
    private readonly IReadOnlyDictionary<string, GlassTracker> _queues =
        queueKeys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, _ => new GlassTracker(recorder), StringComparer.Ordinal);
    private long _unwatched;

    /// <summary>The queue groups this subscriber joins.</summary>
    public IReadOnlyCollection<string> Keys => [.. _queues.Keys];

    /// <summary>Acks of a queue this subscriber doesn't watch (a queue name the silo hashes, or none in the profile): counted, not measured.</summary>
    public long Unwatched => Interlocked.Read(ref _unwatched);

    public long Pending => _queues.Values.Sum(q => q.Pending);

    public long Dropped => _queues.Values.Sum(q => q.Dropped);

    /// <summary>A single contact's ack: its queue and the sequence it was committed at.</summary>
    public void OnAck(string? queueKey, long sequence, long ackTimestamp)
    {
        if (queueKey is not null && _queues.TryGetValue(queueKey, out var queue)) queue.OnAck(sequence, ackTimestamp);
        else Interlocked.Increment(ref _unwatched);
    }

    /// <summary>A bulk's ack: its totals' sequence (the last commit's) is what each queue it touched must reach.</summary>
    public void OnBulkAck(IEnumerable<string?> queueKeys, long sequence, long ackTimestamp)
    {
        foreach (var key in queueKeys.Distinct(StringComparer.Ordinal)) OnAck(key, sequence, ackTimestamp);
    }

    /// <summary>A QueueFrame (or a Join answer) of <paramref name="queueKey"/> at this subscriber.</summary>
    public void OnFrame(string queueKey, long sequence, long frameTimestamp)
    {
        if (_queues.TryGetValue(queueKey, out var queue)) queue.OnFrame(sequence, frameTimestamp);
    }
}
