using System.Collections.Concurrent;
using Philly311.Ops.Contracts.Breaches;

namespace Philly311.Ops.Silo.Tests.Breaches;

/// <summary>Keeps every breach frame and heartbeat, with the local time each arrived, for assertions with a deadline.</summary>
internal sealed class RecordingBreachObserver : IBreachObserver
{
    private readonly ConcurrentQueue<(BreachFrame Frame, DateTimeOffset At)> _frames = new();
    private readonly ConcurrentQueue<BreachHeartbeat> _heartbeats = new();

    public void OnBreaches(BreachFrame frame) => _frames.Enqueue((frame, DateTimeOffset.UtcNow));

    public void OnHeartbeat(BreachHeartbeat heartbeat) => _heartbeats.Enqueue(heartbeat);

    public async Task<(BreachFrame Frame, DateTimeOffset At)> WaitForFrameAsync(Func<BreachFrame, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var entry in _frames) if (condition(entry.Frame)) return entry;
            await Task.Delay(10);
        }
        throw new TimeoutException($"No matching breach frame within {timeout}; got {_frames.Count}, last: {_frames.LastOrDefault().Frame}");
    }

    /// <summary>
    /// The first heartbeat that vouches for at least <paramref name="version"/>. Not simply the first one: the grain's
    /// opening sweep may beat at version 0 before the frames the test is waiting behind.
    /// </summary>
    public async Task<BreachHeartbeat> WaitForHeartbeatAsync(long version, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var beat in _heartbeats) if (beat.Version >= version) return beat;
            await Task.Delay(10);
        }
        throw new TimeoutException($"No breach heartbeat at version {version} or later within {timeout}; got {_heartbeats.Count}");
    }
}
