using Microsoft.Extensions.Options;
using Orleans.Utilities;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Contacts;
using Philly311.Ops.Silo.Figures;

namespace Philly311.Ops.Silo.Queues;

/// <summary>
/// One queue (<c>queue:{slug}</c>) or roll-up (<c>queues:channel:{c}</c>, <c>queues</c>). Takes the router's merged changes
/// as absolute values, pushes a changed frame at most every <see cref="FigurePush.MinInterval"/> and a heartbeat each second
/// while quiet, and re-reads Redis — the truth — on activation, on a version gap open for <see cref="FigurePush.GapPatience"/>,
/// at city midnight, when the oldest waiting contact passes <see cref="ContactOptions.MaxWait"/>, and when the reconcile finds
/// Redis ahead for a whole period (a forward lost with its silo). Each second it also checks the breach rules, so a breach
/// opens by time passing with no new event.
/// </summary>
public sealed partial class QueueGrain(
    ContactStore store, QueueBreachLog breaches, IOptions<QueueOptions> queueOptions, IOptions<ContactOptions> contactOptions,
    TimeProvider clock, ILogger<QueueGrain> logger) : Grain, IQueueGrain, IQueueFeed
{
    private readonly ObserverManager<IQueueObserver> _observers = new(IQueueGrain.SubscriptionLifetime, logger);
    private readonly Watermark _watermark = new();
    private FigurePush _push = null!;
    private QueueTally _tally = null!;
    private QueueBreachWatch _watch = null!;
    private List<QueueBreach> _ended = [];
    private QueueFrame? _sent;
    private long _redisAtLastReconcile;

    private string Key => this.GetPrimaryKeyString();

    private QueueSettings Settings => queueOptions.Value.For(QueueKeys.IsQueue(Key) ? QueueKeys.Slug(Key) : "");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _push = new FigurePush(this, clock, PushAsync);
        _tally = new QueueTally(Today());
        _watch = new QueueBreachWatch(Key, clock);
        await ReloadAsync();
        var (open, ended) = await breaches.ReadAsync(Key);
        _watch.Resume(open);
        _ended = [.. ended];
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(FigurePush.HeartbeatEvery, FigurePush.HeartbeatEvery) { Interleave = false });
        this.RegisterGrainTimer(ReconcileAsync, new GrainTimerCreationOptions(FigurePush.ReconcileEvery, FigurePush.ReconcileEvery) { Interleave = false });
    }

    public async Task<QueueFrame> GetFrameAsync()
    {
        if (_observers.Count == 0) await CatchUpAsync();
        return Frame();
    }

    public async Task SubscribeAsync(IQueueObserver observer)
    {
        if (_observers.Count == 0) await CatchUpAsync();
        _observers.Subscribe(observer, observer);
    }

    public Task UnsubscribeAsync(IQueueObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task ApplyAsync(QueueCommit update)
    {
        var now = clock.GetUtcNow();
        foreach (var change in update.Changes)
        {
            _tally.Apply(change);
            _watermark.Add(change.Version - 1, change.Version, change.Sequence, now);
        }
        _tally.AddQueues(update.Queues);
        _push.Request();
        return Task.CompletedTask;
    }

    private Task PushAsync()
    {
        var frame = Frame();
        if (_sent is not null && SameNumbers(_sent, frame)) return Task.CompletedTask;
        _sent = frame;
        if (_observers.Count > 0) _observers.Notify(o => o.OnQueueChanged(frame));
        return Task.CompletedTask;
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = _tally.OldestWaitingSince is { } since && now - since > contactOptions.Value.MaxWait;
        var gap = _watermark.GapSince is { } opened && now - opened >= FigurePush.GapPatience;
        if (Today() != _tally.Today || expired || gap)
        {
            await TryReloadAsync();
        }
        await CheckBreachAsync();
        // Staffing and breach move with time alone: a frame goes out when they change, else a heartbeat vouches for the last.
        await PushAsync();
        if (_observers.Count > 0 && _push.QuietFor(now) >= FigurePush.HeartbeatEvery)
        {
            var beat = new FigureHeartbeat(Key, now, _sent?.Sequence ?? _watermark.Mark);
            _observers.Notify(o => o.OnHeartbeat(beat));
            _push.Beat(now);
        }
    }

    private async Task CheckBreachAsync()
    {
        var settings = Settings;
        var (first, last, _) = WindowNow(settings);
        long within = 0, counted = 0;
        for (var s = first; s <= last; s++)
        {
            within += _tally["si", s];
            counted += _tally["sn", s];
        }
        var changed = _watch.Check(settings, QueueMath.ServiceLevel(within, counted), counted, _tally.OldestWaitingSince);
        if (changed is null) return;
        if (changed.End is not null)
        {
            _ended.Insert(0, changed);
            if (_ended.Count > QueueBreachLog.Kept) _ended.RemoveAt(_ended.Count - 1);
        }
        LogBreach(Key, changed.Reason, changed.End is null ? "opened" : "ended", changed.Start);
        try
        {
            await breaches.RecordAsync(changed);
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            LogRedisFailed(Key, ex.GetType().Name, ex.Message);
        }
    }

    private Task ReconcileAsync(CancellationToken cancellationToken) => _observers.Count == 0 ? Task.CompletedTask : CatchUpAsync();

    /// <summary>Unwatched: re-read if Redis is ahead. Watched: re-read if Redis was ahead a period ago and still is (that forward was lost, not late).</summary>
    private async Task CatchUpAsync()
    {
        try
        {
            var redisVersion = await store.ReadVersionAsync(Key);
            var lost = _observers.Count == 0 ? redisVersion > _watermark.Through : _redisAtLastReconcile > _watermark.Through;
            _redisAtLastReconcile = redisVersion;
            if (!lost) return;
            await ReloadAsync();
            _push.Request();
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            LogRedisFailed(Key, ex.GetType().Name, ex.Message);
        }
    }

    private async Task TryReloadAsync()
    {
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

    private async Task ReloadAsync()
    {
        var reading = await store.ReadAsync(Key, CityTime.LocalDate(clock.GetUtcNow()));
        _tally = new QueueTally(reading.Today);
        _tally.Replace(reading);
        _watermark.Reset(reading.Version, reading.Sequence);
    }

    private (int First, int Last, TimeSpan Covered) WindowNow(QueueSettings settings)
    {
        var now = clock.GetUtcNow();
        var local = CityTime.ToLocal(now);
        var into = TimeSpan.FromMinutes(local.Minute % 15) + TimeSpan.FromSeconds(local.Second);
        return QueueMath.Window(CityTime.QuarterSlot(now), into, settings.WindowMinutes);
    }

    private QueueFrame Frame()
    {
        var settings = Settings;
        var t = _tally;
        var (first, last, covered) = WindowNow(settings);
        long offered = 0, within = 0, counted = 0, handleMs = 0, handles = 0;
        for (var s = first; s <= last; s++)
        {
            offered += t["o", s];
            within += t["si", s];
            counted += t["sn", s];
            handleMs += t["hs", s];
            handles += t["hn", s];
        }
        var agents = t.Agents;
        var staffing = StaffingNow.Compute(offered, covered, QueueMath.AverageHandleTime(handleMs, handles),
            QueueMath.AverageHandleTime(t["hs"], t["hn"]), settings, agents, t.OldestWaitingSince, _watch.Open);
        var quarters = new List<QueueQuarter>();
        for (var s = 0; s < 96; s++)
        {
            if (t["o", s] != 0 || t["a", s] != 0 || t["ab", s] != 0) quarters.Add(new QueueQuarter(s, t["o", s], t["a", s], t["ab", s]));
        }
        return new QueueFrame(
            Key, clock.GetUtcNow(), _watermark.Mark, t.Today, t.Waiting, t.OldestWaitingSince, t["o"], t["a"], t["ab"],
            QueueMath.ServiceLevel(t["si"], t["sn"]), QueueMath.ServiceLevel(within, counted), settings.Target, settings.AnswerWithinSeconds,
            QueueMath.AverageSpeedOfAnswer(t["ws"], t["wn"]), QueueMath.AverageHandleTime(t["hs"], t["hn"]), QueueMath.AbandonRate(t["a"], t["ab"]),
            agents, staffing, _watch.Open, [.. _ended.Take(10)], [.. quarters], Key == QueueKeys.City ? [.. t.Queues] : []);
    }

    private static bool SameNumbers(QueueFrame a, QueueFrame b) =>
        Scalars(a) == Scalars(b) && a.RecentBreaches.Length == b.RecentBreaches.Length && a.Queues.Length == b.Queues.Length
        && a.QuarterHours.AsSpan().SequenceEqual(b.QuarterHours);

    // The frame without its time and arrays (records compare arrays by reference): what a screen would show differently.
    private static QueueFrame Scalars(QueueFrame frame) =>
        frame with { AsOf = default, RecentBreaches = Array.Empty<QueueBreach>(), QuarterHours = Array.Empty<QueueQuarter>(), Queues = Array.Empty<string>() };

    private string Today() => CityTime.DayKey(CityTime.LocalDate(clock.GetUtcNow()));

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue {Key}: {Reason} breach {What} (started {Start:o})")]
    private partial void LogBreach(string key, string reason, string what, DateTimeOffset start);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Key}: Redis failed ({ErrorType}: {Reason}); screens will show it as stale")]
    private partial void LogRedisFailed(string key, string errorType, string reason);
}
