using System.Collections.Concurrent;
using System.Collections.Immutable;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Queues;

/// <summary>
/// This process's queue frames, as the one <see cref="QueueObserver"/> hands them over: the city roll-up (which lists the
/// queues) and every queue, plus whatever key an open drill-down page watches. Screens subscribe here; a timer tells them
/// when a queue's feed goes quiet for <see cref="LiveBoardFeed.StaleAfter"/>, so "Stale" shows without any frame arriving.
/// Knows nothing about subscriptions (<see cref="QueueSubscriptionService"/> keeps them), so tests drive it directly.
/// </summary>
public sealed class QueueFeed : IDisposable
{
    private readonly TimeProvider _clock;
    private readonly ITimer _freshness;
    private readonly ConcurrentDictionary<string, Held> _held = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _watched = new(StringComparer.Ordinal);
    private ImmutableArray<Action> _listeners = [];
    private FeedState _notified = FeedState.Waiting;

    public QueueFeed(TimeProvider clock)
    {
        _clock = clock;
        _freshness = clock.CreateTimer(_ => CheckFreshness(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    private sealed record Held(QueueFrame Frame, DateTimeOffset HeardAt, bool Pushed, bool Missed = false);

    /// <summary>The keys to keep subscribed: the city roll-up, every queue it lists, and the watched ones.</summary>
    public IReadOnlyCollection<string> Wanted
    {
        get
        {
            var keys = new HashSet<string>(StringComparer.Ordinal) { QueueKeys.City };
            if (Frame(QueueKeys.City) is { } city) keys.UnionWith(city.Queues);
            keys.UnionWith(_watched.Where(w => w.Value > 0).Select(w => w.Key));
            return keys;
        }
    }

    public QueueFrame? Frame(string key) => _held.TryGetValue(key, out var held) ? held.Frame : null;

    /// <summary>The queues' frames (not the roll-ups), breached first, then most waiting.</summary>
    public IReadOnlyList<QueueFrame> Queues() =>
        [.. _held.Values.Select(h => h.Frame).Where(f => QueueKeys.IsQueue(f.Key))
            .OrderByDescending(f => f.Breach is not null).ThenByDescending(f => f.Waiting).ThenBy(f => f.Key, StringComparer.Ordinal)];

    /// <summary>When this process last heard from the key's grain (frame or heartbeat), or null.</summary>
    public DateTimeOffset? HeardAt(string key) => _held.TryGetValue(key, out var held) ? held.HeardAt : null;

    /// <summary>Waiting before a first frame; Live while pushed frames or heartbeats keep coming; Stale after <see cref="LiveBoardFeed.StaleAfter"/> without.</summary>
    public FeedState StateOf(string key)
    {
        if (!_held.TryGetValue(key, out var held)) return FeedState.Waiting;
        return held.Pushed && _clock.GetUtcNow() - held.HeardAt < LiveBoardFeed.StaleAfter ? FeedState.Live : FeedState.Stale;
    }

    public void Take(QueueFrame frame, bool pushed = true)
    {
        var now = _clock.GetUtcNow();
        _held.AddOrUpdate(frame.Key, new Held(frame, now, pushed), (_, old) =>
            // A fetched frame brings numbers but does not vouch for the push path; an older frame never replaces a newer one.
            frame.Sequence < old.Frame.Sequence ? old with { HeardAt = pushed ? now : old.HeardAt } : new Held(frame, pushed ? now : old.HeardAt, pushed || old.Pushed));
        Notify();
    }

    public void TakeHeartbeat(FigureHeartbeat heartbeat)
    {
        if (!_held.TryGetValue(heartbeat.Key, out var held)) return;
        // A heartbeat about a later sequence than held means a frame was lost: not vouched for, the upkeep fetches.
        _held[heartbeat.Key] = heartbeat.Sequence <= held.Frame.Sequence ? held with { HeardAt = _clock.GetUtcNow(), Pushed = true } : held with { Missed = true };
        Notify();
    }

    /// <summary>True when a heartbeat promised a sequence the held frame doesn't have, or nothing is held yet.</summary>
    public bool NeedsFetch(string key) => !_held.TryGetValue(key, out var held) || held.Missed;

    /// <summary>Keeps <paramref name="key"/> subscribed while the result is not disposed (a drill-down page).</summary>
    public IDisposable Watch(string key)
    {
        _watched.AddOrUpdate(key, 1, (_, n) => n + 1);
        return new Unwatch(() => _watched.AddOrUpdate(key, 0, (_, n) => Math.Max(0, n - 1)));
    }

    /// <summary>Calls <paramref name="onChange"/> after every change (on the caller's thread of the change: components marshal with InvokeAsync).</summary>
    public IDisposable Subscribe(Action onChange)
    {
        ImmutableInterlocked.Update(ref _listeners, (list, l) => list.Add(l), onChange);
        return new Unwatch(() => ImmutableInterlocked.Update(ref _listeners, (list, l) => list.Remove(l), onChange));
    }

    private void CheckFreshness()
    {
        var state = StateOf(QueueKeys.City);
        if (state == _notified) return;
        _notified = state;
        Notify();
    }

    private void Notify()
    {
        foreach (var listener in _listeners)
        {
            try
            {
                listener();
            }
            catch (Exception)
            {
                // A broken screen must not stop the others from hearing of the change.
            }
        }
    }

    public void Dispose() => _freshness.Dispose();

    private sealed class Unwatch(Action undo) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) undo();
        }
    }
}
