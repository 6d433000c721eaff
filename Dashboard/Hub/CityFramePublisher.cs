using Microsoft.AspNetCore.SignalR;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>
/// Sends this process's board to its own connections: the feed's <see cref="CityFrame"/> to group <c>city</c> each
/// time its sequence moves (the frame is built once by the feed and sent to the group, never per client), and a
/// heartbeat to everyone about once a second while nothing changes. No other process sends to these connections.
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
    private CityFrame? _sent;
    private DateTimeOffset? _beatAsOf;
    private DateTimeOffset _lastSentAt;

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
        if (feed.CityFrame is not { } frame) return;
        var now = clock.GetUtcNow();
        if (IsNews(frame))
        {
            await hub.Clients.Group(OpsGroups.City).CityChanged(frame);
            _sent = frame;
            _beatAsOf = frame.AsOf;
            _lastSentAt = now;
            LogSent(frame.Sequence);
        }
        else if (freshness.AsOf is { } asOf && asOf > _beatAsOf && now - _lastSentAt >= MinBeatSpacing)
        {
            _beatAsOf = asOf;
            _lastSentAt = now;
            await hub.Clients.All.Heartbeat(new BoardHeartbeat(asOf, _sent!.Sequence));
        }
    }

    /// <summary>
    /// Sent when its sequence moves on, so a client sees each sequence once. Parts arrive one by one: the city figure's
    /// new totals wait (tens of ms) for the department and channel lists to reach the same sequence. A lower sequence
    /// read later means the counter store was reset.
    /// </summary>
    private bool IsNews(CityFrame frame) =>
        _sent is null || frame.Sequence > _sent.Sequence || (frame.Sequence < _sent.Sequence && frame.AsOf > _sent.AsOf);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sent the city frame of sequence {Sequence}")]
    private partial void LogSent(long sequence);
}
