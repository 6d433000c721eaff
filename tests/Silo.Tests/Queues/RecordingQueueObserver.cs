using System.Collections.Concurrent;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Queues;

namespace Philly311.Ops.Silo.Tests.Queues;

/// <summary>Keeps every queue frame and heartbeat a grain pushes, for assertions with a deadline.</summary>
internal sealed class RecordingQueueObserver : IQueueObserver
{
    private readonly ConcurrentQueue<QueueFrame> _frames = new();

    public int Heartbeats;

    public void OnQueueChanged(QueueFrame frame) => _frames.Enqueue(frame);

    public void OnHeartbeat(FigureHeartbeat heartbeat) => Interlocked.Increment(ref Heartbeats);

    public async Task<QueueFrame> WaitForAsync(Func<QueueFrame, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_frames.FirstOrDefault(condition) is { } match) return match;
            await Task.Delay(20);
        }
        throw new TimeoutException($"No matching frame within {timeout}; got {_frames.Count}, last: {_frames.LastOrDefault()}");
    }
}
