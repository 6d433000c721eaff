using System.Diagnostics;

namespace Philly311.Ops.LoadTests.Measurement;

/// <summary>
/// Event-to-glass at one hub subscriber, all in this process's clock: an ack with sequence S at t0 waits here
/// until this subscriber receives a frame with Sequence ≥ S at t1; then t1 − t0 is recorded. If the frame came
/// before the ack (the board can outrun the HTTP answer), the event was already on glass: 0 is recorded.
/// </summary>
internal sealed class GlassTracker(LatencyRecorder recorder)
{
    private const int MaxPending = 2_000_000;
    private readonly object _gate = new();
    private readonly PriorityQueue<long, long> _pending = new();
    private long _seen = -1;
    private long _dropped;

    public long Seen
    {
        get { lock (_gate) return _seen; }
    }

    public long Pending
    {
        get { lock (_gate) return _pending.Count; }
    }

    /// <summary>Acks that could not wait (the pending queue was full): reported, never silently lost.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void OnAck(long sequence, long ackTimestamp)
    {
        lock (_gate)
        {
            if (sequence <= _seen)
            {
                recorder.Record(TimeSpan.Zero);
                return;
            }
            if (_pending.Count >= MaxPending)
            {
                Interlocked.Increment(ref _dropped);
                return;
            }
            _pending.Enqueue(ackTimestamp, sequence);
        }
    }

    public void OnFrame(long sequence, long frameTimestamp)
    {
        lock (_gate)
        {
            if (sequence <= _seen) return;
            _seen = sequence;
            while (_pending.TryPeek(out var ackTimestamp, out var waiting) && waiting <= sequence)
            {
                _pending.Dequeue();
                recorder.Record(Stopwatch.GetElapsedTime(ackTimestamp, Math.Max(ackTimestamp, frameTimestamp)));
            }
        }
    }
}
