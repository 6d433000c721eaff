using System.Diagnostics;
using Philly311.Ops.LoadTests.Readers;

namespace Philly311.Ops.LoadTests.Failover;

/// <summary>
/// One wire-protocol hub subscriber that keeps its frames' arrival times (run clock). When its dashboard goes away it does
/// what a wallboard behind a load balancer does: reconnects at once, then every <see cref="RetryEvery"/>, to the fallback
/// dashboard, and records when it was dropped, when Join was answered again and when the first pushed frame came.
/// </summary>
internal sealed class FailoverSubscriber : IAsyncDisposable
{
    public static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    private readonly List<double> _frames = [];
    private readonly Stopwatch _clock;
    private readonly ReaderStats _stats;
    private readonly string _group;
    private readonly DashboardAccess _access;
    private readonly CancellationTokenSource _stop = new();
    private WireHubReader _reader = null!;
    private Task _watching = Task.CompletedTask;
    private bool _afterDrop;

    private FailoverSubscriber(string home, Stopwatch clock, ReaderStats stats, string group, DashboardAccess access)
    {
        Home = home;
        _clock = clock;
        _stats = stats;
        _group = group;
        _access = access;
    }

    public string Home { get; }

    public double? DroppedAt { get; private set; }

    public double? RejoinedAt { get; private set; }

    public double? FirstFrameAfterDropAt { get; private set; }

    public int ReconnectAttempts { get; private set; }

    public IReadOnlyList<double> Frames
    {
        get { lock (_frames) return [.. _frames]; }
    }

    public static async Task<FailoverSubscriber> ConnectAsync(
        string home, Uri dashboard, Uri? fallback, DashboardAccess access, string group, Stopwatch clock, ReaderStats stats, CancellationToken cancellationToken)
    {
        var subscriber = new FailoverSubscriber(home, clock, stats, group, access);
        subscriber._reader = await WireHubReader.ConnectAsync(dashboard, access, group, stats, cancellationToken, subscriber.OnMessage);
        subscriber._watching = subscriber.WatchAsync(fallback);
        return subscriber;
    }

    private void OnMessage(int type)
    {
        var at = _clock.Elapsed.TotalSeconds;
        lock (_frames)
        {
            if (type == WireHubReader.Invocation)
            {
                _frames.Add(at);
                if (_afterDrop) FirstFrameAfterDropAt ??= at;
            }
            else if (type == WireHubReader.Completion && _afterDrop)
            {
                RejoinedAt ??= at;
            }
        }
    }

    private async Task WatchAsync(Uri? fallback)
    {
        await _reader.Closed;
        if (_stop.IsCancellationRequested) return;
        lock (_frames)
        {
            DroppedAt = _clock.Elapsed.TotalSeconds;
            _afterDrop = true;
        }
        if (fallback is null) return;
        var deadline = Stopwatch.GetTimestamp() + (long)(GiveUpAfter.TotalSeconds * Stopwatch.Frequency);
        while (!_stop.IsCancellationRequested && Stopwatch.GetTimestamp() < deadline)
        {
            ReconnectAttempts++;
            try
            {
                var old = _reader;
                _reader = await WireHubReader.ConnectAsync(fallback, _access, _group, _stats, _stop.Token, OnMessage);
                await old.DisposeAsync();
                return;
            }
            catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or IOException or HttpRequestException)
            {
                _stats.Error("reconnect to the fallback dashboard: " + ex.GetType().Name);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try { await Task.Delay(RetryEvery, _stop.Token); }
            catch (OperationCanceledException) { return; }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reader.DisposeAsync();
        await _watching;
        _stop.Dispose();
    }
}
