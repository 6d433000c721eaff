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
public sealed class PushFramePublisher(
    EmergencyFeed feed, IGrainFactory grains, IHubContext<OpsHub, IOpsClient> hub, TimeProvider clock, ILogger<PushFramePublisher> logger)
    : GroupFramePump<PushFrame>(hub, clock, logger)
{
    private readonly EmergencyFeed _feed = feed;

    protected override IDisposable Subscribe(Action wake) => _feed.Listen(_ => wake());

    protected override Task SendAsync(IOpsClient group, PushFrame frame) => group.PushChanged(frame);

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
            var fetched = await grains.GetGrain<IPushGrain>(id).GetFrameAsync().WaitAsync(CallTimeout, cancellationToken);
            if (fetched is null) return new PushLookup(false, null);
            _feed.OnPushChanged(fetched);
            return new PushLookup(true, _feed.Push(id) ?? fetched);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            GroupFrameLog.FetchFailed(logger, group, ex.GetType().Name, ex.Message);
            return new PushLookup(true, null);
        }
    }

    /// <summary>Counts one more viewer (synchronous, so a cancelled hub call still balances its Release) and keeps the push subscribed.</summary>
    public void Acquire(string group, PushFrame? answered)
    {
        // The feed keeps a watched push subscribed from now on (pushes are few and end; it never unwatches).
        _feed.WatchPush(OpsGroups.PushIdOf(group));
        lock (Gate)
        {
            if (!Groups.TryGetValue(group, out var held)) Groups[group] = held = new PublishedGroup<PushFrame>(null);
            held.Viewers++;
            if (held.Sent is null && answered is not null)
            {
                held.Sent = answered;
                held.BeatAsOf = answered.AsOf;
                held.SentAt = Clock.GetUtcNow();
            }
        }
    }

    public PushFrame? Current(string group) => _feed.Push(OpsGroups.PushIdOf(group));

    public void Release(string group)
    {
        lock (Gate)
        {
            if (Groups.TryGetValue(group, out var held) && --held.Viewers <= 0) Groups.Remove(group);
        }
    }

    protected override void Compare(string group, PublishedGroup<PushFrame> held, DateTimeOffset now, List<(string Group, PushFrame Frame)> frames, List<GroupBeat> beats)
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
}
