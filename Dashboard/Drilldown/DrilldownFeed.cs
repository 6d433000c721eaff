using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Dashboard.Hub;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Drilldown;

/// <summary>
/// Per-key figures (<c>dept:streets</c>, <c>hood:fishtown</c>, <c>service:…</c>) for the drill-down pages of this
/// process. The first page watching a key joins it like a hub connection would (<see cref="GroupMembership"/>: the
/// process subscribes to that figure grain and keeps the subscription renewed); the last one to leave releases it.
/// The process's one figure observer hands every frame and heartbeat of a per-key figure here too, so pages are
/// pushed, never polled; a key silent for <see cref="LiveBoardFeed.StaleAfter"/> turns its page stale.
/// </summary>
public sealed partial class DrilldownFeed : IDisposable
{
    private readonly IServiceProvider _services;
    private readonly TimeProvider _clock;
    private readonly ILogger<DrilldownFeed> _logger;
    private readonly ITimer _freshnessTimer;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, WatchedFigure> _watched = new(StringComparer.Ordinal);

    // The figure observer hands frames here, and joining goes through GroupMembership → FigureGrains → that observer:
    // resolved on first use, so the three singletons don't need each other to be built.
    public DrilldownFeed(IServiceProvider services, TimeProvider clock, ILogger<DrilldownFeed> logger)
    {
        _services = services;
        _clock = clock;
        _logger = logger;
        _freshnessTimer = clock.CreateTimer(_ => CheckFreshness(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    /// <summary>Calls <paramref name="onChange"/> with the key's frame (null until it came) and freshness after each change; dispose to stop.</summary>
    public IDisposable Watch(string figureKey, Action<FigureFrame?, BoardFreshness> onChange)
    {
        bool first;
        lock (_gate)
        {
            if (!_watched.TryGetValue(figureKey, out var watched)) _watched[figureKey] = watched = new WatchedFigure(figureKey);
            first = watched.Watchers.Count == 0;
            watched.Watchers.Add(onChange);
        }
        if (first) _ = JoinAsync(figureKey);
        else Notify(figureKey);
        return new Watching(this, figureKey, onChange);
    }

    /// <summary>A frame of a per-key figure from the observer (dropped unless a page here watches it).</summary>
    public void Take(FigureFrame frame, bool pushed = true)
    {
        lock (_gate)
        {
            if (!_watched.TryGetValue(frame.Key, out var watched)) return;
            if (!watched.Held.Take(frame, frame.Sequence, frame.Version, frame.AsOf, _clock.GetUtcNow(), pushed) && !pushed) return;
        }
        Notify(frame.Key);
    }

    public void TakeHeartbeat(FigureHeartbeat heartbeat)
    {
        bool fetch;
        lock (_gate)
        {
            if (!_watched.TryGetValue(heartbeat.Key, out var watched)) return;
            watched.Held.Beat(heartbeat.Sequence, heartbeat.AsOf, _clock.GetUtcNow());
            // About numbers we do not hold: a frame was missed on the way, so read the figure once.
            fetch = watched.Held.Behind && !watched.Fetching;
            if (fetch) watched.Fetching = true;
        }
        if (fetch) _ = FetchAsync(heartbeat.Key);
        Notify(heartbeat.Key);
    }

    public void Dispose() => _freshnessTimer.Dispose();

    private GroupMembership Membership => _services.GetRequiredService<GroupMembership>();

    private async Task JoinAsync(string figureKey)
    {
        // The join answers a counter frame without quarter-hours; the grain's own frame has them.
        await Membership.JoinAsync(figureKey, CancellationToken.None);
        await FetchAsync(figureKey);
    }

    private async Task FetchAsync(string figureKey)
    {
        try
        {
            Take(await _services.GetRequiredService<FigureGrains>().GetFrameAsync(figureKey).WaitAsync(TimeSpan.FromSeconds(5)), pushed: false);
        }
        catch (Exception ex)
        {
            // The subscription keeps trying; pushed frames fill the page when the grain answers again.
            LogFetchFailed(figureKey, ex.GetType().Name, ex.Message);
        }
        finally
        {
            lock (_gate)
            {
                if (_watched.TryGetValue(figureKey, out var watched)) watched.Fetching = false;
            }
        }
    }

    private void Unwatch(string figureKey, Action<FigureFrame?, BoardFreshness> onChange)
    {
        bool last;
        lock (_gate)
        {
            if (!_watched.TryGetValue(figureKey, out var watched) || !watched.Watchers.Remove(onChange)) return;
            last = watched.Watchers.Count == 0;
            if (last) _watched.Remove(figureKey);
        }
        if (last) _ = Membership.LeaveAsync(figureKey);
    }

    private void CheckFreshness()
    {
        List<string> moved;
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            moved = _watched.Values.Where(w => FreshnessOf(w.Held, now).State != w.NotifiedState).Select(w => w.Held.Key).ToList();
        }
        foreach (var key in moved) Notify(key);
    }

    private void Notify(string figureKey)
    {
        FigureFrame? frame;
        BoardFreshness freshness;
        Action<FigureFrame?, BoardFreshness>[] watchers;
        lock (_gate)
        {
            if (!_watched.TryGetValue(figureKey, out var watched)) return;
            frame = watched.Held.Frame as FigureFrame;
            freshness = FreshnessOf(watched.Held, _clock.GetUtcNow());
            watched.NotifiedState = freshness.State;
            watchers = [.. watched.Watchers];
        }
        foreach (var watcher in watchers) watcher(frame, freshness);
    }

    private static BoardFreshness FreshnessOf(HeldFrame held, DateTimeOffset now)
    {
        if (held.Frame is null) return BoardFreshness.Waiting;
        var live = held.HeardAt is { } heard && now - heard < LiveBoardFeed.StaleAfter;
        return new BoardFreshness(live ? FeedState.Live : FeedState.Stale, held.AsOf, held.HeardAt);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Drill-down read of {Figure} failed ({ErrorType}: {Reason}); frames follow when it answers")]
    private partial void LogFetchFailed(string figure, string errorType, string reason);

    private sealed class Watching(DrilldownFeed feed, string figureKey, Action<FigureFrame?, BoardFreshness> onChange) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) feed.Unwatch(figureKey, onChange);
        }
    }
}
