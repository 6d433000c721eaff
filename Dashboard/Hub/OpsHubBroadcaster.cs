using Microsoft.AspNetCore.SignalR;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>
/// Forwards the feed to the hub: a changed snapshot goes once to group <c>city</c> and as one
/// <see cref="CounterFrame"/> to each group whose entry changed; a heartbeat goes to everyone. Each message
/// is sent to a group, so SignalR (and the Redis backplane) serialize it once, not per connection. Only the
/// process holding the <see cref="BroadcastLease"/> sends.
/// </summary>
public sealed partial class OpsHubBroadcaster(
    LiveBoardFeed feed,
    BroadcastLease lease,
    IHubContext<OpsHub, IOpsClient> hub,
    ILogger<OpsHubBroadcaster> logger) : IHostedService, IDisposable
{
    private IDisposable? _subscription;
    private BoardSnapshot? _sent;
    private DateTimeOffset? _beatAsOf;

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

    // The feed calls one subscriber at a time, so _sent and _beatAsOf need no lock.
    private async Task OnFeedChangedAsync(BoardSnapshot? snapshot, BoardFreshness freshness)
    {
        // _sent is what this process last put on the wire. While another process broadcasts it stays put, so
        // on taking over (or on the first heartbeat after this process wins the lease at start-up) the diff
        // covers every entry that changed since, and no change is lost in the hand-over.
        if (snapshot is null || !lease.IsHeld) return;
        if (!ReferenceEquals(snapshot, _sent))
        {
            var frames = CounterDiff.ChangedFrames(_sent, snapshot);
            var sends = new List<Task>(frames.Count + 1) { hub.Clients.Group(OpsGroups.City).CityChanged(CityFrame.From(snapshot)) };
            foreach (var frame in frames) sends.Add(hub.Clients.Group(frame.Group).CounterChanged(frame));
            await Task.WhenAll(sends);
            _sent = snapshot;
            _beatAsOf = snapshot.AsOf;
            LogBroadcast(snapshot.Sequence, frames.Count);
        }
        else if (freshness.AsOf is { } asOf && asOf > _beatAsOf)
        {
            _beatAsOf = asOf;
            await hub.Clients.All.Heartbeat(new BoardHeartbeat(asOf, snapshot.Sequence));
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Broadcast snapshot {Sequence} with {Frames} changed counter frames")]
    private partial void LogBroadcast(long sequence, int frames);
}
