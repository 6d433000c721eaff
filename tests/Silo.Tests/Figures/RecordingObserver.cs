using System.Collections.Concurrent;
using Philly311.Ops.Contracts.Figures;

namespace Philly311.Ops.Silo.Tests.Figures;

/// <summary>Keeps every frame and heartbeat a grain pushes, for assertions with a deadline.</summary>
internal sealed class RecordingObserver : IFigureObserver
{
    private readonly ConcurrentQueue<FigureFrame> _figures = new();
    private readonly ConcurrentQueue<FigureListFrame> _lists = new();
    private readonly ConcurrentQueue<FigureHeartbeat> _heartbeats = new();

    public IReadOnlyCollection<FigureFrame> Figures => _figures;

    public void OnFigureChanged(FigureFrame frame) => _figures.Enqueue(frame);

    public void OnListChanged(FigureListFrame frame) => _lists.Enqueue(frame);

    public void OnHeartbeat(FigureHeartbeat heartbeat) => _heartbeats.Enqueue(heartbeat);

    public Task<FigureFrame> WaitForFigureAsync(Func<FigureFrame, bool> condition, TimeSpan timeout) => WaitAsync(_figures, condition, timeout);

    public Task<FigureListFrame> WaitForListAsync(Func<FigureListFrame, bool> condition, TimeSpan timeout) => WaitAsync(_lists, condition, timeout);

    public Task<FigureHeartbeat> WaitForHeartbeatAsync(TimeSpan timeout) => WaitAsync(_heartbeats, _ => true, timeout);

    private static async Task<T> WaitAsync<T>(ConcurrentQueue<T> queue, Func<T, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (queue.FirstOrDefault(condition) is { } match) return match;
            await Task.Delay(20);
        }
        throw new TimeoutException($"Nothing matching within {timeout}; got {queue.Count} {typeof(T).Name}s, last: {queue.LastOrDefault()}");
    }
}
