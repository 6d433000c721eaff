using Microsoft.AspNetCore.SignalR;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>
/// Forwards the feed to the hub: a changed snapshot goes once to group <c>city</c> and as one
/// <see cref="CounterFrame"/> to each group whose entry changed; a heartbeat goes to everyone. Each message
/// is sent to a group, so SignalR (and the Redis backplane) serialize it once, not per connection. Only the
/// process holding the <see cref="BroadcastLease"/> sends; the others keep their diff state current to take over.
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
        if (snapshot is null) return;
        if (!ReferenceEquals(snapshot, _sent))
        {
            var frames = CounterDiff.ChangedFrames(_sent, snapshot);
            _sent = snapshot;
            _beatAsOf = snapshot.AsOf;
            if (!lease.IsHeld) return;
            var sends = new List<Task>(frames.Count + 1) { hub.Clients.Group(OpsGroups.City).BoardChanged(snapshot) };
            foreach (var frame in frames) sends.Add(hub.Clients.Group(frame.Group).CounterChanged(frame));
            await Task.WhenAll(sends);
            LogBroadcast(snapshot.Sequence, frames.Count);
        }
        else if (freshness.AsOf is { } asOf && asOf > _beatAsOf)
        {
            _beatAsOf = asOf;
            if (!lease.IsHeld) return;
            await hub.Clients.All.Heartbeat(new BoardHeartbeat(asOf, snapshot.Sequence));
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Broadcast snapshot {Sequence} with {Frames} changed counter frames")]
    private partial void LogBroadcast(long sequence, int frames);
}
