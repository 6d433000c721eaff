using System.Collections.Concurrent;

namespace Philly311.Ops.LoadTests.Readers;

/// <summary>What the readers saw: frames received, connection failures and drops, by kind.</summary>
internal sealed class ReaderStats
{
    private long _frames, _connected, _reconnects;

    public ConcurrentDictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    public long Frames => Interlocked.Read(ref _frames);

    public long Connected => Interlocked.Read(ref _connected);

    public long Reconnects => Interlocked.Read(ref _reconnects);

    public int PeakConnected { get; private set; }

    public int WallboardPages { get; private set; }

    public void Frame() => Interlocked.Increment(ref _frames);

    public void Opened()
    {
        var now = (int)Interlocked.Increment(ref _connected);
        lock (Errors) PeakConnected = Math.Max(PeakConnected, now);
    }

    public void Closed() => Interlocked.Decrement(ref _connected);

    public void Reconnecting() => Interlocked.Increment(ref _reconnects);

    public void WallboardPage()
    {
        lock (Errors) WallboardPages++;
    }

    public void Error(string kind) => Errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
}
