using Orleans.Utilities;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Time;

namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// What a figure grain and a list grain share: observers, the coalesced push, the heartbeat while quiet, and the
/// three reasons to re-read Redis (a gap that stays open for <see cref="FigurePush.GapPatience"/>, the city's midnight,
/// and a reconcile that finds Redis ahead for a whole period — a forward lost with its silo). Re-reads replace, never
/// add: Redis is the truth. Subclasses say what their frame is and how far Redis is.
/// </summary>
public abstract partial class LiveGrain(TimeProvider clock, FigureMetrics metrics, ILogger logger) : Grain
{
    private FigurePush _push = null!;
    private DateTimeOffset _oldestUnsentCommit = DateTimeOffset.MaxValue;
    private long _redisMarkAtLastReconcile;

    protected ObserverManager<IFigureObserver> Observers { get; } = new(IFigureGrain.SubscriptionLifetime, logger);

    /// <summary>How complete the held numbers are: figure versions, or commit sequences for a list.</summary>
    protected Watermark Watermark { get; } = new();

    protected TimeProvider Clock => clock;

    protected string Key => this.GetPrimaryKeyString();

    /// <summary>"figure" or "list", for metrics and logs.</summary>
    protected abstract string Kind { get; }

    /// <summary>The city day the held numbers' "today" is.</summary>
    protected abstract string HeldDay { get; }

    /// <summary>The sequence of the last frame sent, which a heartbeat vouches for.</summary>
    protected abstract long SentSequence { get; }

    /// <summary>Replaces the held numbers with a consistent read from Redis and resets the watermark to it.</summary>
    protected abstract Task ReloadAsync();

    /// <summary>Where Redis is on this grain's watermark scale (the figure's version, or the ingest sequence).</summary>
    protected abstract Task<long> ReadRedisMarkAsync();

    /// <summary>Sends the current frame to the observers when its numbers differ from the last one sent; answers whether it did.</summary>
    protected abstract bool SendIfChanged();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _push = new FigurePush(this, clock, PushAsync);
        await ReloadAsync();
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(FigurePush.HeartbeatEvery, FigurePush.HeartbeatEvery) { Interleave = false });
        this.RegisterGrainTimer(ReconcileAsync, new GrainTimerCreationOptions(FigurePush.ReconcileEvery, FigurePush.ReconcileEvery) { Interleave = false });
    }

    public async Task SubscribeAsync(IFigureObserver observer)
    {
        if (Observers.Count == 0) await CatchUpAsync();
        Observers.Subscribe(observer, observer);
    }

    public Task UnsubscribeAsync(IFigureObserver observer)
    {
        Observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <summary>Called after the held numbers took an update: schedules a (coalesced) push.</summary>
    protected void Changed(DateTimeOffset committedAt)
    {
        if (committedAt < _oldestUnsentCommit) _oldestUnsentCommit = committedAt;
        _push.Request();
    }

    protected string Today() => CityTime.DayKey(CityTime.LocalDate(clock.GetUtcNow()));

    /// <summary>
    /// Nobody watching: Redis ahead means this grain missed something, re-read now (one call when nothing is wrong).
    /// Watched: Redis was ahead one reconcile ago and still is beyond what arrived since, so that update is not in
    /// flight but lost (its silo died after the commit).
    /// </summary>
    protected async Task CatchUpAsync()
    {
        try
        {
            var redisMark = await ReadRedisMarkAsync();
            var lost = Observers.Count == 0 ? redisMark > Watermark.Through : _redisMarkAtLastReconcile > Watermark.Through;
            _redisMarkAtLastReconcile = redisMark;
            if (!lost) return;
            LogReconciled(Kind, Key, Watermark.Through, redisMark);
            await ReloadAsync();
            _push.Request();
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            LogRedisFailed(Kind, Key, ex.GetType().Name, ex.Message);
        }
    }

    private Task PushAsync()
    {
        var sent = SendIfChanged();
        if (sent && Observers.Count > 0 && _oldestUnsentCommit != DateTimeOffset.MaxValue)
        {
            metrics.FramePushed(Kind, clock.GetUtcNow() - _oldestUnsentCommit);
        }
        _oldestUnsentCommit = DateTimeOffset.MaxValue;
        return Task.CompletedTask;
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (Observers.Count > 0 && _push.QuietFor(now) >= FigurePush.HeartbeatEvery)
        {
            var beat = new FigureHeartbeat(Key, now, SentSequence);
            Observers.Notify(o => o.OnHeartbeat(beat));
            _push.Beat(now);
        }
        var turned = Today() != HeldDay;
        var gap = Watermark.GapSince is { } since && now - since >= FigurePush.GapPatience;
        if (!turned && !gap) return;
        if (!turned) LogGap(Kind, Key, Watermark.Through);
        try
        {
            await ReloadAsync();
            _push.Request();
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            LogRedisFailed(Kind, Key, ex.GetType().Name, ex.Message);
        }
    }

    // Nobody is watching: the next reader catches up on demand instead of this grain reading Redis on a timer.
    private Task ReconcileAsync(CancellationToken cancellationToken) => Observers.Count == 0 ? Task.CompletedTask : CatchUpAsync();

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} {Key}: gap after {Through} stayed open; re-read from Redis")]
    private partial void LogGap(string kind, string key, long through);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} {Key}: Redis is at {RedisMark}, this grain at {Through} and nothing in flight; re-read (a forward was lost)")]
    private partial void LogReconciled(string kind, string key, long through, long redisMark);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} {Key}: Redis read failed ({ErrorType}: {Reason}); screens will show it as stale")]
    private partial void LogRedisFailed(string kind, string key, string errorType, string reason);
}
