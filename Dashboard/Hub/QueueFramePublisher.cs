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
public sealed class QueueFramePublisher(
    QueueFeed feed, IGrainFactory grains, IHubContext<OpsHub, IOpsClient> hub, TimeProvider clock, ILogger<QueueFramePublisher> logger)
    : GroupFramePump<QueueFrame>(hub, clock, logger)
{
    private readonly QueueFeed _feed = feed;

    protected override IDisposable Subscribe(Action wake) => _feed.Subscribe(wake);

    protected override Task SendAsync(IOpsClient group, QueueFrame frame) => group.QueueChanged(frame);

    /// <summary>Counts one more viewer of the group; synchronous, so a hub call cancelled right after still balances its Release.</summary>
    public void Acquire(string group)
    {
        lock (Gate)
        {
            if (!Groups.TryGetValue(group, out var held))
            {
                // What the feed holds now is the first joiner's answer, not news for the group: nobody else here is in it.
                Groups[group] = held = new PublishedGroup<QueueFrame>(_feed.Watch(group)) { Sent = _feed.Frame(group), SentAt = Clock.GetUtcNow() };
            }
            held.Viewers++;
        }
    }

    public void Release(string group)
    {
        lock (Gate)
        {
            if (!Groups.TryGetValue(group, out var held) || --held.Viewers > 0) return;
            Groups.Remove(group);
            held.Watch?.Dispose();
        }
    }

    public QueueFrame? Current(string group) => _feed.Frame(group);

    /// <summary>The queue's frame for a joiner: the feed's, else fetched from the grain (and kept); null when the cluster can't say.</summary>
    public async Task<QueueFrame?> AnswerAsync(string group, CancellationToken cancellationToken)
    {
        if (_feed.Frame(group) is { } held) return held;
        QueueFrame fetched;
        try
        {
            fetched = await grains.GetGrain<IQueueGrain>(group).GetFrameAsync().WaitAsync(CallTimeout, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            GroupFrameLog.FetchFailed(logger, group, ex.GetType().Name, ex.Message);
            return null;
        }
        lock (Gate)
        {
            // Marked sent before the feed takes it, so the pump doesn't push the joiner's own answer to the group as news.
            if (Groups.TryGetValue(group, out var published) && published.Sent is null)
            {
                published.Sent = fetched;
                published.SentAt = Clock.GetUtcNow();
            }
        }
        // Numbers, not proof the push path works: the feed holds it as fetched (Stale until a push or heartbeat).
        _feed.Take(fetched, pushed: false);
        return _feed.Frame(group) ?? fetched;
    }

    protected override void Compare(string group, PublishedGroup<QueueFrame> held, DateTimeOffset now, List<(string Group, QueueFrame Frame)> frames, List<GroupBeat> beats)
    {
        if (_feed.Frame(group) is not { } frame) return;
        if (IsNews(frame, held.Sent))
        {
            frames.Add((group, frame));
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
}
