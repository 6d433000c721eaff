using System.Collections.Immutable;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Hub;

namespace Philly311.Ops.Dashboard.Live;

/// <summary>
/// The board of this process, composed from the parts pushed by their own grains: city totals and quarter-hours from
/// the <c>city</c> figure, each table from its dimension's list grain. Fans every change out to the Blazor circuits
/// and the hub's city publisher. Knows nothing about subscriptions (<see cref="FigureSubscriptionService"/> keeps
/// them), so tests drive it directly.
/// </summary>
public sealed partial class LiveBoardFeed : IDisposable
{
    /// <summary>Invariant 4: a screen without a frame for this long says so.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(5);

    /// <summary>The grains the board is made of: the <c>city</c> figure and the list of every dimension.</summary>
    public static IReadOnlyList<string> Parts { get; } = [FigureDimension.City, .. FigureDimension.Lists];

    private readonly TimeProvider _clock;
    private readonly ILogger<LiveBoardFeed> _logger;
    private readonly ITimer _freshnessTimer;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HeldFrame> _parts = Parts.ToDictionary(p => p, p => new HeldFrame(p), StringComparer.Ordinal);
    private ImmutableArray<FeedSubscription> _subscriptions = [];
    private BoardSnapshot? _current;
    private CityFrame? _cityFrame;
    private long _cityFramesBuilt;
    private bool _clusterReachable = true;
    private FeedState _notifiedState = FeedState.Waiting;

    public LiveBoardFeed(TimeProvider clock, ILogger<LiveBoardFeed> logger)
    {
        _clock = clock;
        _logger = logger;
        // Frames stopping is an event too: this timer turns screens amber/red without any frame arriving.
        _freshnessTimer = clock.CreateTimer(_ => CheckFreshness(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    /// <summary>The composed board; null until every part has sent a frame (screens say "waiting", never zeros).</summary>
    public BoardSnapshot? Current => Volatile.Read(ref _current);

    /// <summary>
    /// What hub group <c>city</c> is sent, composed here under the same lock as the board so its sequence always matches
    /// its numbers: city totals and quarter-hours, departments, channels. Its sequence is the lowest of those three parts
    /// only, so a neighborhood list that lags (its silo just died) holds back no city frame. Null until all three came.
    /// </summary>
    public CityFrame? CityFrame => Volatile.Read(ref _cityFrame);

    /// <summary>City frames built so far: one per change of a part they are made of, however many connections receive them.</summary>
    public long CityFramesBuilt => Interlocked.Read(ref _cityFramesBuilt);

    public BoardFreshness Freshness
    {
        get
        {
            lock (_gate) return ComputeFreshness(_clock.GetUtcNow());
        }
    }

    /// <summary>This process's clock when the board was last heard from as a whole: the oldest part's last frame or heartbeat.</summary>
    public DateTimeOffset? LastFrameAt
    {
        get
        {
            lock (_gate) return OldestHeardAt();
        }
    }

    public static bool IsPart(string key) => key == FigureDimension.City || FigureDimension.Lists.Contains(key);

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

    /// <summary>A frame of the <c>city</c> figure, pushed or fetched.</summary>
    public void TakeCity(FigureFrame frame, bool pushed = true) => Take(FigureDimension.City, frame, frame.Sequence, frame.Version, frame.AsOf, pushed);

    /// <summary>A frame of one dimension's list, pushed or fetched.</summary>
    public void TakeList(FigureListFrame frame, bool pushed = true)
    {
        // Lists carry no version of their own: the sequence is what tells two of them apart.
        if (_parts.ContainsKey(frame.Dimension)) Take(frame.Dimension, frame, frame.Sequence, 0, frame.AsOf, pushed);
    }

    /// <summary>A heartbeat of a part: vouches for the numbers held only when it is about the same sequence.</summary>
    public void TakeHeartbeat(FigureHeartbeat heartbeat)
    {
        if (!_parts.TryGetValue(heartbeat.Key, out var part)) return;
        bool changed;
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            var before = ComputeFreshness(now);
            part.Beat(heartbeat.Sequence, heartbeat.AsOf, now);
            var after = ComputeFreshness(now);
            // Six parts beat about once a second each; screens only need to hear when what they show moved.
            changed = before.State != after.State || before.AsOf != after.AsOf;
        }
        if (changed) Notify();
    }

    /// <summary>How a part sounds, for the subscription service.</summary>
    public SourceStatus StatusOf(string key)
    {
        var part = _parts[key];
        lock (_gate) return new SourceStatus(part.HeardAt, part.Frame is null || part.Behind);
    }

    /// <summary>Told by the subscription service whether its last calls to the cluster worked.</summary>
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

    private void Take(string key, object frame, long sequence, long version, DateTimeOffset asOf, bool pushed)
    {
        lock (_gate)
        {
            if (_parts[key].Take(frame, sequence, version, asOf, _clock.GetUtcNow(), pushed))
            {
                Volatile.Write(ref _current, Compose());
                if (key is FigureDimension.City or FigureDimension.Department or FigureDimension.Channel) Volatile.Write(ref _cityFrame, ComposeCityFrame());
            }
        }
        Notify();
    }

    /// <summary>
    /// The board from its parts, or null while one is missing. Sequence = the lowest of the parts' (so "Sequence ≥ S"
    /// still means event S is in every number shown); as-of = the oldest part's.
    /// </summary>
    private BoardSnapshot? Compose()
    {
        if (_parts[FigureDimension.City].Frame is not FigureFrame city) return null;
        var lists = new Dictionary<string, FigureListFrame>(StringComparer.Ordinal);
        foreach (var dimension in FigureDimension.Lists)
        {
            if (_parts[dimension].Frame is not FigureListFrame list) return null;
            lists[dimension] = list;
        }
        var sequence = Math.Min(city.Sequence, lists.Values.Min(l => l.Sequence));
        var asOf = lists.Values.Select(l => l.AsOf).Append(city.AsOf).Min();
        return new BoardSnapshot(
            asOf,
            sequence,
            city.Today,
            city.Entry,
            lists[FigureDimension.Department].Entries,
            lists[FigureDimension.Neighborhood].Entries,
            lists[FigureDimension.Zip].Entries,
            lists[FigureDimension.Channel].Entries,
            city.QuarterHours,
            lists[FigureDimension.Service].Entries);
    }

    private CityFrame? ComposeCityFrame()
    {
        if (_parts[FigureDimension.City].Frame is not FigureFrame city
            || _parts[FigureDimension.Department].Frame is not FigureListFrame departments
            || _parts[FigureDimension.Channel].Frame is not FigureListFrame channels)
        {
            return null;
        }
        Interlocked.Increment(ref _cityFramesBuilt);
        var sequence = Math.Min(city.Sequence, Math.Min(departments.Sequence, channels.Sequence));
        var asOf = new[] { city.AsOf, departments.AsOf, channels.AsOf }.Min();
        return new CityFrame(asOf, sequence, city.Today, city.Entry, departments.Entries, channels.Entries, city.QuarterHours);
    }

    private DateTimeOffset? OldestHeardAt()
    {
        DateTimeOffset? oldest = null;
        foreach (var part in _parts.Values)
        {
            if (part.HeardAt is not { } heard) return null;
            if (oldest is null || heard < oldest) oldest = heard;
        }
        return oldest;
    }

    private DateTimeOffset? OldestAsOf()
    {
        DateTimeOffset? oldest = null;
        foreach (var part in _parts.Values)
        {
            if (part.AsOf is not { } asOf) return null;
            if (oldest is null || asOf < oldest) oldest = asOf;
        }
        return oldest;
    }

    private BoardFreshness ComputeFreshness(DateTimeOffset now)
    {
        // Live only while every part vouched for its numbers within StaleAfter: one silent grain makes the board stale.
        var lastHeard = OldestHeardAt();
        FeedState state;
        if (lastHeard is { } last && now - last < StaleAfter) state = _current is null ? FeedState.Waiting : FeedState.Live;
        else if (!_clusterReachable) state = FeedState.Disconnected;
        else state = _current is null ? FeedState.Waiting : FeedState.Stale;
        return new BoardFreshness(state, _current is null ? null : OldestAsOf(), lastHeard);
    }

    private void Notify()
    {
        lock (_gate) _notifiedState = ComputeFreshness(_clock.GetUtcNow()).State;
        // ImmutableArray wraps one array reference, so this read is atomic and sees a complete list.
        foreach (var subscription in _subscriptions) subscription.Signal();
    }
}
