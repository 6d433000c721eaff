using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Queues;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>
/// Sends this process's <see cref="QueueFeed"/> to the queue groups its connections are in: a changed frame once per group
/// (SignalR serializes a group send once), and while a queue is quiet but its grain alive a <see cref="GroupBeat"/> about
/// once a second. The feed says only "something changed", so a pump compares each joined group with what it was sent;
/// the observer thread never waits for a send. A group's first viewer makes the feed watch its key (channel roll-ups and
/// unlisted queues aren't subscribed otherwise).
/// </summary>
public sealed partial class QueueFramePublisher : IHostedService, IDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Each grain beats about once a second; this keeps a group to about one heartbeat a second.</summary>
    private static readonly TimeSpan MinBeatSpacing = TimeSpan.FromMilliseconds(500);

    private readonly QueueFeed _feed;
    private readonly IGrainFactory _grains;
    private readonly IHubContext<OpsHub, IOpsClient> _hub;
    private readonly TimeProvider _clock;
    private readonly ILogger<QueueFramePublisher> _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PublishedGroup<QueueFrame>> _groups = new(StringComparer.Ordinal);
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private IDisposable? _subscription;
    private Task _pump = Task.CompletedTask;

    public QueueFramePublisher(QueueFeed feed, IGrainFactory grains, IHubContext<OpsHub, IOpsClient> hub, TimeProvider clock, ILogger<QueueFramePublisher> logger)
    {
        _feed = feed;
        _grains = grains;
        _hub = hub;
        _clock = clock;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = _feed.Subscribe(() => _changed.Writer.TryWrite(true));
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

    /// <summary>Counts one more viewer of the group; synchronous, so a hub call cancelled right after still balances its Release.</summary>
    public void Acquire(string group)
    {
        lock (_gate)
        {
            if (!_groups.TryGetValue(group, out var held)) _groups[group] = held = new PublishedGroup<QueueFrame>(_feed.Watch(group));
            held.Viewers++;
        }
    }

    public void Release(string group)
    {
        lock (_gate)
        {
            if (!_groups.TryGetValue(group, out var held) || --held.Viewers > 0) return;
            _groups.Remove(group);
            held.Watch?.Dispose();
        }
    }

    public QueueFrame? Current(string group) => _feed.Frame(group);

    /// <summary>The queue's frame for a joiner: the feed's, else fetched from the grain (and kept); null when the cluster can't say.</summary>
    public async Task<QueueFrame?> AnswerAsync(string group, CancellationToken cancellationToken)
    {
        var frame = _feed.Frame(group);
        if (frame is null)
        {
            try
            {
                frame = await _grains.GetGrain<IQueueGrain>(group).GetFrameAsync().WaitAsync(CallTimeout, cancellationToken);
                // Numbers, not proof the push path works: the feed holds it as fetched (Stale until a push or heartbeat).
                _feed.Take(frame, pushed: false);
                frame = _feed.Frame(group) ?? frame;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFetchFailed(group, ex.GetType().Name, ex.Message);
                return null;
            }
        }
        lock (_gate)
        {
            // The first viewer takes it as its answer; nobody else here is in the group to send it to.
            if (_groups.TryGetValue(group, out var held) && held.Sent is null)
            {
                held.Sent = frame;
                held.SentAt = _clock.GetUtcNow();
            }
        }
        return frame;
    }

    private async Task PumpAsync()
    {
        var frames = new List<QueueFrame>();
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
                // Each group appears at most once, so sending concurrently keeps every group's order.
                await Task.WhenAll(
                    frames.Select(f => _hub.Clients.Group(f.Key).QueueChanged(f))
                        .Concat(beats.Select(b => _hub.Clients.Group(b.Group).GroupHeartbeat(b))));
            }
            catch (Exception ex)
            {
                LogSendFailed(ex);
            }
        }
    }

    private void Compare(string group, PublishedGroup<QueueFrame> held, DateTimeOffset now, List<QueueFrame> frames, List<GroupBeat> beats)
    {
        if (_feed.Frame(group) is not { } frame) return;
        if (IsNews(frame, held.Sent))
        {
            frames.Add(frame);
            held.Sent = frame;
            held.SentAt = now;
            held.BeatAsOf = _feed.HeardAt(group);
            return;
        }
        // Only what the grain itself vouched for (a push or a heartbeat within StaleAfter) is worth a beat.
        if (_feed.StateOf(group) != FeedState.Live || _feed.HeardAt(group) is not { } heard || heard <= held.BeatAsOf) return;
        if (now - held.SentAt < MinBeatSpacing) return;
        beats.Add(new GroupBeat(group, heard, frame.Sequence));
        held.BeatAsOf = heard;
        held.SentAt = now;
    }

    /// <summary>A frame the group hasn't had: a later sequence, or the same one later in time (agents, breaches by time passing).</summary>
    private static bool IsNews(QueueFrame frame, QueueFrame? sent) =>
        sent is null || (!ReferenceEquals(frame, sent) && (frame.Sequence > sent.Sequence || frame.AsOf > sent.AsOf));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Join of {Group}: fetching the queue's frame failed ({ErrorType}: {Reason}); joined, frames follow")]
    private partial void LogFetchFailed(string group, string errorType, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending queue frames to hub groups failed")]
    private partial void LogSendFailed(Exception exception);
}
