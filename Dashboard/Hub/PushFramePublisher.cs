using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Dashboard.Push;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>
/// Sends this process's <see cref="EmergencyFeed"/> push matrices to the <c>push:{id}</c> groups its connections are in:
/// a frame once per group when its sequence moves, and a <see cref="GroupBeat"/> when the push grain's heartbeat moved
/// the held frame's AsOf (at most about once a second). The feed's listener only queues a wake-up; a pump sends.
/// </summary>
public sealed partial class PushFramePublisher : IHostedService, IDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    /// <summary>A push grain beats once a second while quiet; this keeps a group to about that.</summary>
    private static readonly TimeSpan MinBeatSpacing = TimeSpan.FromMilliseconds(500);

    private readonly EmergencyFeed _feed;
    private readonly IGrainFactory _grains;
    private readonly IHubContext<OpsHub, IOpsClient> _hub;
    private readonly TimeProvider _clock;
    private readonly ILogger<PushFramePublisher> _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PublishedGroup<PushFrame>> _groups = new(StringComparer.Ordinal);
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private IDisposable? _subscription;
    private Task _pump = Task.CompletedTask;

    public PushFramePublisher(EmergencyFeed feed, IGrainFactory grains, IHubContext<OpsHub, IOpsClient> hub, TimeProvider clock, ILogger<PushFramePublisher> logger)
    {
        _feed = feed;
        _grains = grains;
        _hub = hub;
        _clock = clock;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = _feed.Listen(_ => _changed.Writer.TryWrite(true));
        _pump = Task.Run(PumpAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        await _pump.WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _changed.Writer.TryComplete();
    }

    /// <summary>
    /// The push's frame before a Join: the feed's, else the grain's. Null means no such push (the Join is refused, and
    /// nothing is subscribed for a made-up id); a cluster that can't answer is not that: the join goes ahead unanswered.
    /// </summary>
    public async Task<PushLookup> FindAsync(string group, CancellationToken cancellationToken)
    {
        var id = OpsGroups.PushIdOf(group);
        if (_feed.Push(id) is { } held) return new PushLookup(true, held);
        try
        {
            var fetched = await _grains.GetGrain<IPushGrain>(id).GetFrameAsync().WaitAsync(CallTimeout, cancellationToken);
            if (fetched is null) return new PushLookup(false, null);
            _feed.OnPushChanged(fetched);
            return new PushLookup(true, _feed.Push(id) ?? fetched);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFetchFailed(group, ex.GetType().Name, ex.Message);
            return new PushLookup(true, null);
        }
    }

    /// <summary>Counts one more viewer (synchronous, so a cancelled hub call still balances its Release) and keeps the push subscribed.</summary>
    public void Acquire(string group, PushFrame? answered)
    {
        // The feed keeps a watched push subscribed from now on (pushes are few and end; it never unwatches).
        _feed.WatchPush(OpsGroups.PushIdOf(group));
        lock (_gate)
        {
            if (!_groups.TryGetValue(group, out var held)) _groups[group] = held = new PublishedGroup<PushFrame>(null);
            held.Viewers++;
            if (held.Sent is null && answered is not null)
            {
                held.Sent = answered;
                held.BeatAsOf = answered.AsOf;
                held.SentAt = _clock.GetUtcNow();
            }
        }
    }

    public PushFrame? Current(string group) => _feed.Push(OpsGroups.PushIdOf(group));

    public void Release(string group)
    {
        lock (_gate)
        {
            if (_groups.TryGetValue(group, out var held) && --held.Viewers <= 0) _groups.Remove(group);
        }
    }

    private async Task PumpAsync()
    {
        var frames = new List<(string Group, PushFrame Frame)>();
        var beats = new List<GroupBeat>();
        while (await _changed.Reader.WaitToReadAsync())
        {
            _changed.Reader.TryRead(out _);
            frames.Clear();
            beats.Clear();
            lock (_gate)
            {
                var now = _clock.GetUtcNow();
                foreach (var (group, held) in _groups) Compare(group, held, now, frames, beats);
            }
            try
            {
                await Task.WhenAll(
                    frames.Select(f => _hub.Clients.Group(f.Group).PushChanged(f.Frame))
                        .Concat(beats.Select(b => _hub.Clients.Group(b.Group).GroupHeartbeat(b))));
            }
            catch (Exception ex)
            {
                LogSendFailed(ex);
            }
        }
    }

    private void Compare(string group, PublishedGroup<PushFrame> held, DateTimeOffset now, List<(string, PushFrame)> frames, List<GroupBeat> beats)
    {
        if (_feed.Push(OpsGroups.PushIdOf(group)) is not { } frame) return;
        // A heartbeat only moves the held frame's AsOf; a change moves its sequence.
        if (held.Sent is null || frame.Sequence != held.Sent.Sequence)
        {
            frames.Add((group, frame));
            held.Sent = frame;
            held.SentAt = now;
            held.BeatAsOf = frame.AsOf;
            return;
        }
        if (frame.AsOf <= held.BeatAsOf || now - held.SentAt < MinBeatSpacing) return;
        beats.Add(new GroupBeat(group, frame.AsOf, frame.Sequence));
        held.BeatAsOf = frame.AsOf;
        held.SentAt = now;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Join of {Group}: fetching the push's frame failed ({ErrorType}: {Reason}); joined, frames follow")]
    private partial void LogFetchFailed(string group, string errorType, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending push frames to hub groups failed")]
    private partial void LogSendFailed(Exception exception);
}
