using Orleans.Utilities;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Counters;

namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// One live figure (<c>city</c>, <c>dept:streets</c> ...). Loads from Redis on activation; takes the router's merged
/// changes (absolute values, per-field last-writer-wins); pushes a changed frame at most every
/// <see cref="FigurePush.MinInterval"/> and a heartbeat each second while quiet. Re-reads Redis — replacing, never
/// adding — when a version gap stays open for a second, at the city's midnight, and when the reconcile sees Redis
/// ahead of it for longer than one reconcile period (a silo died between its commit and its forward).
/// </summary>
public sealed partial class FigureGrain(
    CounterStore store, FigureCatalog catalog, TimeProvider clock, FigureMetrics metrics, ILogger<FigureGrain> logger)
    : Grain, IFigureGrain, IFigureFeed
{
    private readonly ObserverManager<IFigureObserver> _observers = new(IFigureGrain.SubscriptionLifetime, logger);
    private readonly Watermark _versions = new();
    private FigurePush _push = null!;
    private FigureState _state = null!;
    private FigureFrame? _sent;
    private DateTimeOffset _oldestUnsentCommit = DateTimeOffset.MaxValue;
    private long _redisVersionAtLastReconcile;

    private string Key => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _state = new FigureState(Today());
        _push = new FigurePush(this, clock, PushAsync);
        await ReloadAsync();
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(FigurePush.HeartbeatEvery, FigurePush.HeartbeatEvery) { Interleave = false });
        this.RegisterGrainTimer(ReconcileAsync, new GrainTimerCreationOptions(FigurePush.ReconcileEvery, FigurePush.ReconcileEvery) { Interleave = false });
    }

    public async Task<FigureFrame> GetFrameAsync()
    {
        if (_observers.Count == 0) await CatchUpAsync();
        return Frame();
    }

    public async Task SubscribeAsync(IFigureObserver observer)
    {
        if (_observers.Count == 0) await CatchUpAsync();
        _observers.Subscribe(observer, observer);
    }

    public Task UnsubscribeAsync(IFigureObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task ApplyAsync(FigureUpdate update)
    {
        var now = clock.GetUtcNow();
        foreach (var change in update.Changes)
        {
            _state.Apply(change);
            _versions.Add(change.Version - 1, change.Version, change.Sequence, now);
        }
        if (update.CommittedAt < _oldestUnsentCommit) _oldestUnsentCommit = update.CommittedAt;
        _push.Request();
        return Task.CompletedTask;
    }

    private Task PushAsync()
    {
        var frame = Frame();
        if (_sent is not null && SameNumbers(_sent, frame)) return Task.CompletedTask;
        _sent = frame;
        if (_observers.Count > 0)
        {
            _observers.Notify(o => o.OnFigureChanged(frame));
            if (_oldestUnsentCommit != DateTimeOffset.MaxValue) metrics.FramePushed("figure", clock.GetUtcNow() - _oldestUnsentCommit);
        }
        _oldestUnsentCommit = DateTimeOffset.MaxValue;
        return Task.CompletedTask;
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_observers.Count > 0 && _push.QuietFor(now) >= FigurePush.HeartbeatEvery)
        {
            var beat = new FigureHeartbeat(Key, now, _sent?.Sequence ?? _versions.Mark);
            _observers.Notify(o => o.OnHeartbeat(beat));
            _push.Beat(now);
        }
        var turned = Today() != _state.Today;
        var gap = _versions.GapSince is { } since && now - since >= FigurePush.GapPatience;
        if (!turned && !gap) return;
        if (turned) _state.TurnDay(Today());
        else LogGap(Key, _versions.Through);
        try
        {
            await ReloadAsync();
            _push.Request();
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            LogRedisFailed(Key, ex.GetType().Name, ex.Message);
        }
    }

    private async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        // Nobody is watching: the next reader catches up on demand instead of this grain reading Redis on a timer.
        if (_observers.Count == 0) return;
        await CatchUpAsync();
    }

    /// <summary>
    /// Redis was ahead of this grain one reconcile ago and still is: that update is not in flight, it is lost
    /// (its silo died after the commit). Re-read. One HGET when nothing is wrong.
    /// </summary>
    private async Task CatchUpAsync()
    {
        try
        {
            var redisVersion = await store.ReadVersionAsync(Key);
            var lost = _observers.Count == 0 ? redisVersion > _versions.Through : _redisVersionAtLastReconcile > _versions.Through;
            _redisVersionAtLastReconcile = redisVersion;
            if (lost)
            {
                LogReconciled(Key, _versions.Through, redisVersion);
                await ReloadAsync();
                _push.Request();
            }
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            LogRedisFailed(Key, ex.GetType().Name, ex.Message);
        }
    }

    private async Task ReloadAsync()
    {
        var reading = await store.ReadFigureAsync(Key, CityTime.LocalDate(clock.GetUtcNow()));
        if (reading.Today != _state.Today) _state.TurnDay(reading.Today);
        _state.Replace(reading.Counts, reading.QuarterHours);
        _versions.Reset(reading.Counts.Version, reading.Sequence);
    }

    private FigureFrame Frame()
    {
        var key = Key;
        var name = catalog.NameOf(key, _state.Name);
        var entry = new CounterEntry(FigureDimension.KeyIn(key), name, _state.Received, _state.ReceivedToday,
            _state.Received - _state.Closed, _state.Closed, _state.ClosedToday);
        return new FigureFrame(key, clock.GetUtcNow(), _versions.Mark, _versions.Through, _state.Today, entry, _state.QuarterHours());
    }

    private static bool SameNumbers(FigureFrame a, FigureFrame b) =>
        a.Sequence == b.Sequence && a.Today == b.Today && a.Entry == b.Entry && a.QuarterHours.AsSpan().SequenceEqual(b.QuarterHours);

    private string Today() => CityTime.DayKey(CityTime.LocalDate(clock.GetUtcNow()));

    [LoggerMessage(Level = LogLevel.Information, Message = "Figure {Figure}: version gap after {Through} stayed open; re-read from Redis")]
    private partial void LogGap(string figure, long through);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Figure {Figure}: Redis is at version {RedisVersion}, this grain at {Through} and nothing in flight; re-read (a forward was lost)")]
    private partial void LogReconciled(string figure, long through, long redisVersion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Figure {Figure}: Redis read failed ({ErrorType}: {Reason}); screens will show the figure as stale")]
    private partial void LogRedisFailed(string figure, string errorType, string reason);
}
