using System.Collections.Immutable;
using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Breaches;

/// <summary>
/// This process's copy of the breach grain's frame, with how far to trust it: Live while a frame or heartbeat came
/// within <see cref="LiveBoardFeed.StaleAfter"/>, else Stale (or Disconnected when the cluster does not answer).
/// Fans every change out to the components; knows nothing about subscriptions, so tests drive it directly.
/// </summary>
public sealed class BreachFeed : IDisposable
{
    private readonly TimeProvider _clock;
    private readonly ITimer _freshnessTimer;
    private readonly Lock _gate = new();
    private ImmutableArray<Func<Task>> _listeners = [];
    private BreachFrame? _frame;
    private DateTimeOffset? _asOf;
    private DateTimeOffset? _heardAt;
    private bool _clusterReachable = true;
    private FeedState _notifiedState = FeedState.Waiting;

    public BreachFeed(TimeProvider clock)
    {
        _clock = clock;
        // Frames stopping is an event too: this timer turns screens stale without any frame arriving.
        _freshnessTimer = clock.CreateTimer(_ => CheckFreshness(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    /// <summary>The latest frame; null until the first (screens say "waiting", never zeros).</summary>
    public BreachFrame? Current
    {
        get
        {
            lock (_gate) return _frame;
        }
    }

    public BoardFreshness Freshness
    {
        get
        {
            lock (_gate) return Compute(_clock.GetUtcNow());
        }
    }

    /// <summary>When a frame or heartbeat last came, and whether a frame is missing or known to be behind.</summary>
    public SourceStatus Status
    {
        get
        {
            lock (_gate) return new SourceStatus(_heardAt, _frame is null);
        }
    }

    /// <summary>Calls <paramref name="onChange"/> after every change (frame, heartbeat moving as-of, state); dispose to stop.</summary>
    public IDisposable Subscribe(Func<Task> onChange)
    {
        ImmutableInterlocked.Update(ref _listeners, (list, l) => list.Add(l), onChange);
        return new Unsubscriber(() => ImmutableInterlocked.Update(ref _listeners, (list, l) => list.Remove(l), onChange));
    }

    /// <summary>A frame pushed by the grain, or fetched (which brings numbers but does not vouch for the push path).</summary>
    public void Take(BreachFrame frame, bool pushed = true)
    {
        lock (_gate)
        {
            // Frames from two activations (one dying, one starting) may cross: the higher version wins.
            if (_frame is { } held && frame.Version < held.Version) return;
            _frame = frame;
            if (_asOf is null || frame.AsOf > _asOf) _asOf = frame.AsOf;
            if (pushed) _heardAt = _clock.GetUtcNow();
        }
        Notify();
    }

    /// <summary>A heartbeat vouches for the frame held only when it is about the same version.</summary>
    public void TakeHeartbeat(BreachHeartbeat heartbeat)
    {
        lock (_gate)
        {
            _heardAt = _clock.GetUtcNow();
            if (_frame is null || heartbeat.Version != _frame.Version) return;
            if (_asOf is null || heartbeat.AsOf > _asOf) _asOf = heartbeat.AsOf;
        }
        Notify();
    }

    /// <summary>Told by the subscription service whether its last call to the cluster worked.</summary>
    public void ReportClusterReachable(bool reachable)
    {
        lock (_gate) _clusterReachable = reachable;
        CheckFreshness();
    }

    public void Dispose() => _freshnessTimer.Dispose();

    internal void CheckFreshness()
    {
        FeedState state;
        lock (_gate) state = Compute(_clock.GetUtcNow()).State;
        if (state != _notifiedState) Notify();
    }

    private BoardFreshness Compute(DateTimeOffset now)
    {
        FeedState state;
        if (_heardAt is { } heard && now - heard < LiveBoardFeed.StaleAfter) state = _frame is null ? FeedState.Waiting : FeedState.Live;
        else if (!_clusterReachable) state = FeedState.Disconnected;
        else state = _frame is null ? FeedState.Waiting : FeedState.Stale;
        return new BoardFreshness(state, _frame is null ? null : _asOf, _heardAt);
    }

    private void Notify()
    {
        lock (_gate) _notifiedState = Compute(_clock.GetUtcNow()).State;
        foreach (var listener in _listeners) _ = Call(listener);
    }

    private static async Task Call(Func<Task> listener)
    {
        try
        {
            await listener();
        }
        catch (Exception)
        {
            // A circuit that went away mid-render must not stop the others; it unsubscribes when disposed.
        }
    }

    private sealed class Unsubscriber(Action stop) : IDisposable
    {
        public void Dispose() => stop();
    }
}
