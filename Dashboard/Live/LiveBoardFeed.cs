using System.Collections.Immutable;
using Philly311.Ops.Contracts.Board;

namespace Philly311.Ops.Dashboard.Live;

/// <summary>
/// The one live feed of this process: the Orleans observer of the board grain, the latest snapshot, and
/// the fan-out to every Blazor circuit and to the hub broadcaster. Knows nothing about how it is kept
/// subscribed (<see cref="BoardSubscriptionService"/> does that), so it can be driven by tests directly.
/// </summary>
public sealed partial class LiveBoardFeed : IBoardObserver, IDisposable
{
    /// <summary>Invariant 4: a screen without a frame for this long says so.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _clock;
    private readonly ILogger<LiveBoardFeed> _logger;
    private readonly ITimer _freshnessTimer;
    private readonly Lock _gate = new();
    private ImmutableArray<FeedSubscription> _subscriptions = [];
    private BoardSnapshot? _current;
    private DateTimeOffset? _asOf;
    private DateTimeOffset? _lastFrameAt;
    private bool _clusterReachable = true;
    private bool _wantsSnapshot = true;
    private FeedState _notifiedState = FeedState.Waiting;

    public LiveBoardFeed(TimeProvider clock, ILogger<LiveBoardFeed> logger)
    {
        _clock = clock;
        _logger = logger;
        // Frames stopping is an event too: this timer turns screens amber/red without any frame arriving.
        _freshnessTimer = clock.CreateTimer(_ => CheckFreshness(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    public BoardSnapshot? Current => Volatile.Read(ref _current);

    public BoardFreshness Freshness
    {
        get
        {
            lock (_gate) return ComputeFreshness(_clock.GetUtcNow());
        }
    }

    /// <summary>This process's clock when the last frame or heartbeat arrived, if any.</summary>
    public DateTimeOffset? LastFrameAt
    {
        get
        {
            lock (_gate) return _lastFrameAt;
        }
    }

    /// <summary>True when the feed has no snapshot or a heartbeat showed it missed one: fetch it.</summary>
    public bool WantsSnapshot => Volatile.Read(ref _wantsSnapshot);

    /// <summary>
    /// Calls <paramref name="onChange"/> with the latest snapshot and freshness after every change, off the
    /// caller's thread. Dispose the result to stop.
    /// </summary>
    public IDisposable Subscribe(Func<BoardSnapshot?, BoardFreshness, Task> onChange)
    {
        var subscription = new FeedSubscription(this, onChange, _logger);
        ImmutableInterlocked.Update(ref _subscriptions, (list, s) => list.Add(s), subscription);
        return subscription;
    }

    public void OnBoardChanged(BoardSnapshot snapshot) => Publish(snapshot);

    public void OnHeartbeat(BoardHeartbeat heartbeat)
    {
        lock (_gate)
        {
            if (_current is not null && heartbeat.Sequence == _current.Sequence)
            {
                // Only a heartbeat about the numbers on screen keeps them live; one about newer numbers says ours are behind.
                _lastFrameAt = _clock.GetUtcNow();
                if (_asOf is null || heartbeat.AsOf > _asOf) _asOf = heartbeat.AsOf;
            }
            else
            {
                // The heartbeat is about numbers we don't have (we missed a frame): don't vouch for ours.
                Volatile.Write(ref _wantsSnapshot, true);
            }
        }
        Notify();
    }

    /// <summary>Takes a snapshot from the grain (pushed or fetched) and tells every subscriber.</summary>
    public void Publish(BoardSnapshot snapshot)
    {
        lock (_gate)
        {
            _lastFrameAt = _clock.GetUtcNow();
            var current = _current;
            // A fetched snapshot can race a pushed one: keep the newer. A lower sequence read later in time
            // is accepted (the counter store was reset), an older read of an older sequence is not.
            if (current is not null && snapshot.Sequence < current.Sequence && snapshot.AsOf <= current.AsOf) return;
            Volatile.Write(ref _current, snapshot);
            _asOf = snapshot.AsOf;
            Volatile.Write(ref _wantsSnapshot, false);
        }
        Notify();
    }

    /// <summary>Told by the subscription service whether its last call to the cluster worked.</summary>
    public void ReportClusterReachable(bool reachable)
    {
        lock (_gate) _clusterReachable = reachable;
        CheckFreshness();
    }

    /// <summary>Notifies subscribers when the state changed only because time passed (live → stale).</summary>
    internal void CheckFreshness()
    {
        FeedState state;
        lock (_gate) state = ComputeFreshness(_clock.GetUtcNow()).State;
        if (state != _notifiedState) Notify();
    }

    internal void Remove(FeedSubscription subscription) =>
        ImmutableInterlocked.Update(ref _subscriptions, (list, s) => list.Remove(s), subscription);

    public void Dispose() => _freshnessTimer.Dispose();

    private BoardFreshness ComputeFreshness(DateTimeOffset now)
    {
        FeedState state;
        if (_lastFrameAt is { } last && now - last < StaleAfter) state = _current is null ? FeedState.Waiting : FeedState.Live;
        else if (!_clusterReachable) state = FeedState.Disconnected;
        else state = _current is null ? FeedState.Waiting : FeedState.Stale;
        return new BoardFreshness(state, _asOf, _lastFrameAt);
    }

    private void Notify()
    {
        lock (_gate) _notifiedState = ComputeFreshness(_clock.GetUtcNow()).State;
        // ImmutableArray wraps one array reference, so this read is atomic and sees a complete list.
        foreach (var subscription in _subscriptions) subscription.Signal();
    }
}
