using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>
/// The per-key groups (<c>dept:</c>, <c>hood:</c>, <c>zip:</c>, <c>channel:</c>, <c>service:</c>) that connections of
/// this process are in: who watches which key, the latest frame of each, and the sending of changed frames, once per
/// group (SignalR serializes a group send once, not per connection). Frames of keys nobody here watches are dropped.
/// </summary>
public sealed partial class KeyedFigures : IDisposable
{
    private readonly IHubContext<OpsHub, IOpsClient> _hub;
    private readonly TimeProvider _clock;
    private readonly ILogger<KeyedFigures> _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, KeyedGroup> _groups = new(StringComparer.Ordinal);
    private readonly Channel<string> _changed = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public KeyedFigures(IHubContext<OpsHub, IOpsClient> hub, TimeProvider clock, ILogger<KeyedFigures> logger)
    {
        _hub = hub;
        _clock = clock;
        _logger = logger;
        // One pump for every group keeps each key's frames in order; the observer thread only queues the key.
        _ = Task.Run(PumpAsync);
    }

    /// <summary>The keys this process has viewers for, i.e. the grains it must keep subscribed.</summary>
    public IReadOnlyList<string> Keys
    {
        get
        {
            lock (_gate) return [.. _groups.Keys];
        }
    }

    /// <summary>Counts one more viewer of <paramref name="key"/>; the first one starts <paramref name="subscribe"/>. Answers the subscription to await.</summary>
    internal Task Acquire(string key, Func<Task> subscribe)
    {
        lock (_gate)
        {
            if (!_groups.TryGetValue(key, out var group)) _groups[key] = group = new KeyedGroup(key);
            group.Viewers++;
            // A failed first subscription is not cached: the next Join tries again (and the service renews anyway).
            if (group.Subscribed is null || group.Subscribed.IsFaulted || group.Subscribed.IsCanceled) group.Subscribed = subscribe();
            return group.Subscribed;
        }
    }

    /// <summary>Counts one viewer less; answers true when it was the last, so the grain can be unsubscribed.</summary>
    internal bool Release(string key)
    {
        lock (_gate)
        {
            if (!_groups.TryGetValue(key, out var group)) return false;
            if (--group.Viewers > 0) return false;
            _groups.Remove(key);
            return true;
        }
    }

    /// <summary>The group's frame to answer a Join with; null until the grain's first frame is here.</summary>
    public CounterFrame? Current(string key)
    {
        lock (_gate) return _groups.TryGetValue(key, out var group) && group.Held.Frame is FigureFrame frame ? ToCounterFrame(frame) : null;
    }

    /// <summary>A pushed (or fetched) frame: queued for its group when it is newer than what the group has.</summary>
    public void Take(FigureFrame frame) => Take(frame, push: true);

    /// <summary>A frame fetched to answer a Join: kept as the group's current frame, and not pushed to the group again.</summary>
    internal CounterFrame Answer(FigureFrame fetched)
    {
        Take(fetched, push: false);
        return Current(fetched.Key) ?? ToCounterFrame(fetched);
    }

    public void TakeHeartbeat(FigureHeartbeat heartbeat)
    {
        lock (_gate)
        {
            if (_groups.TryGetValue(heartbeat.Key, out var group)) group.Held.Beat(heartbeat.Sequence, heartbeat.AsOf, _clock.GetUtcNow());
        }
    }

    public SourceStatus StatusOf(string key)
    {
        lock (_gate)
        {
            return _groups.TryGetValue(key, out var group)
                ? new SourceStatus(group.Held.HeardAt, group.Held.Frame is null || group.Held.Behind)
                : new SourceStatus(null, false);
        }
    }

    public void Dispose() => _changed.Writer.TryComplete();

    private void Take(FigureFrame frame, bool push)
    {
        lock (_gate)
        {
            if (!_groups.TryGetValue(frame.Key, out var group)) return;
            if (!group.Held.Take(frame, frame.Sequence, frame.Version, frame.AsOf, _clock.GetUtcNow())) return;
            if (!push && group.Sent is null)
            {
                // The joiner gets it as the answer, and no one else in this process is in the group yet.
                group.Sent = frame;
                return;
            }
            if (group.Pending) return;
            group.Pending = true;
        }
        _changed.Writer.TryWrite(frame.Key);
    }

    private async Task PumpAsync()
    {
        var batch = new List<CounterFrame>();
        while (await _changed.Reader.WaitToReadAsync())
        {
            batch.Clear();
            lock (_gate)
            {
                while (_changed.Reader.TryRead(out var key))
                {
                    if (!_groups.TryGetValue(key, out var group)) continue;
                    group.Pending = false;
                    if (group.Held.Frame is not FigureFrame frame || ReferenceEquals(frame, group.Sent)) continue;
                    group.Sent = frame;
                    batch.Add(ToCounterFrame(frame));
                }
            }
            try
            {
                // Each key is in the batch at most once, so sending the batch concurrently keeps every key's order.
                await Task.WhenAll(batch.Select(f => _hub.Clients.Group(f.Group).CounterChanged(f)));
            }
            catch (Exception ex)
            {
                LogSendFailed(ex);
            }
        }
    }

    private static CounterFrame ToCounterFrame(FigureFrame frame) => new(frame.Key, frame.AsOf, frame.Sequence, frame.Entry);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending counter frames to hub groups failed")]
    private partial void LogSendFailed(Exception exception);
}
