using Microsoft.AspNetCore.SignalR;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>
/// Sends this process's board to its own connections: a <see cref="CityFrame"/> to group <c>city</c> when what it
/// holds changed (built once per change and sent to the group, never per client), and a heartbeat to everyone about
/// once a second while nothing changes. No other process sends to these connections, so nothing is sent twice.
/// </summary>
public sealed partial class CityFramePublisher(
    LiveBoardFeed feed,
    IHubContext<OpsHub, IOpsClient> hub,
    TimeProvider clock,
    ILogger<CityFramePublisher> logger) : IHostedService, IDisposable
{
    /// <summary>Parts beat at their own phase; this keeps the hub to about one heartbeat a second however they fall.</summary>
    private static readonly TimeSpan MinBeatSpacing = TimeSpan.FromMilliseconds(500);

    private IDisposable? _subscription;
    private BoardSnapshot? _seen;
    private DateTimeOffset? _beatAsOf;
    private DateTimeOffset _lastSentAt;
    private long _framesBuilt;

    /// <summary>How many city frames this process has built: one per change, however many connections are in the group.</summary>
    public long FramesBuilt => Interlocked.Read(ref _framesBuilt);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = feed.Subscribe(OnFeedChangedAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _subscription?.Dispose();

    // The feed calls one subscriber at a time, so the fields need no lock.
    private async Task OnFeedChangedAsync(BoardSnapshot? snapshot, BoardFreshness freshness)
    {
        if (snapshot is null) return;
        var now = clock.GetUtcNow();
        if (!ReferenceEquals(snapshot, _seen))
        {
            var previous = _seen;
            _seen = snapshot;
            // A change in a neighborhood, ZIP or request type alone is not in the city frame: nothing to send for it.
            if (previous is not null && !CityFrameDiffers(previous, snapshot)) return;
            var frame = CityFrame.From(snapshot);
            Interlocked.Increment(ref _framesBuilt);
            await hub.Clients.Group(OpsGroups.City).CityChanged(frame);
            _beatAsOf = snapshot.AsOf;
            _lastSentAt = now;
            LogSent(snapshot.Sequence);
        }
        else if (freshness.AsOf is { } asOf && asOf > _beatAsOf && now - _lastSentAt >= MinBeatSpacing)
        {
            _beatAsOf = asOf;
            _lastSentAt = now;
            await hub.Clients.All.Heartbeat(new BoardHeartbeat(asOf, snapshot.Sequence));
        }
    }

    /// <summary>Parts are replaced whole when their grain sends a new frame, so reference equality tells what moved.</summary>
    private static bool CityFrameDiffers(BoardSnapshot before, BoardSnapshot after) =>
        before.Sequence != after.Sequence
        || before.Today != after.Today
        || !ReferenceEquals(before.City, after.City)
        || !ReferenceEquals(before.Departments, after.Departments)
        || !ReferenceEquals(before.Channels, after.Channels)
        || !ReferenceEquals(before.QuarterHours, after.QuarterHours);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sent the city frame of sequence {Sequence}")]
    private partial void LogSent(long sequence);
}
