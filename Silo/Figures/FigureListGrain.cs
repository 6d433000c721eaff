using Orleans.Utilities;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Counters;

namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// The table of one dimension (every department, every neighborhood ...), fed by the same router calls as the figures
/// and pushed the same way. Completeness is tracked over the commits' sequence ranges (each commit touches every
/// dimension), so its frame's <c>Sequence</c> promises every event up to it, across silos. Re-reads replace.
/// </summary>
public sealed partial class FigureListGrain(
    CounterStore store, FigureCatalog catalog, TimeProvider clock, FigureMetrics metrics, ILogger<FigureListGrain> logger)
    : Grain, IFigureListGrain, IFigureListFeed
{
    private readonly ObserverManager<IFigureObserver> _observers = new(IFigureGrain.SubscriptionLifetime, logger);
    private readonly Watermark _sequences = new();
    private readonly Dictionary<string, FigureState> _figures = new(StringComparer.Ordinal);
    private FigurePush _push = null!;
    private string _today = "";
    private FigureListFrame? _sent;
    private DateTimeOffset _oldestUnsentCommit = DateTimeOffset.MaxValue;
    private long _redisSequenceAtLastReconcile;

    private string Dimension => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _today = Today();
        _push = new FigurePush(this, clock, PushAsync);
        await ReloadAsync();
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(FigurePush.HeartbeatEvery, FigurePush.HeartbeatEvery) { Interleave = false });
        this.RegisterGrainTimer(ReconcileAsync, new GrainTimerCreationOptions(FigurePush.ReconcileEvery, FigurePush.ReconcileEvery) { Interleave = false });
    }

    public async Task<FigureListFrame> GetFrameAsync()
    {
        // Nobody is watching, so no reconcile ran: catch up on demand instead of reading Redis on a timer.
        if (_observers.Count == 0 && await store.ReadSequenceAsync() > _sequences.Through) await ReloadAsync();
        return Frame();
    }

    public Task SubscribeAsync(IFigureObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IFigureObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task ApplyAsync(FigureUpdate update)
    {
        var now = clock.GetUtcNow();
        foreach (var change in update.Changes) StateOf(change.Key).Apply(change);
        foreach (var range in update.Ranges) _sequences.Add(range.After, range.Through, range.Through, now);
        if (update.CommittedAt < _oldestUnsentCommit) _oldestUnsentCommit = update.CommittedAt;
        _push.Request();
        return Task.CompletedTask;
    }

    private Task PushAsync()
    {
        var frame = Frame();
        if (_sent is not null && _sent.Sequence == frame.Sequence && _sent.Today == frame.Today && _sent.Entries.SequenceEqual(frame.Entries)) return Task.CompletedTask;
        _sent = frame;
        if (_observers.Count > 0)
        {
            _observers.Notify(o => o.OnListChanged(frame));
            if (_oldestUnsentCommit != DateTimeOffset.MaxValue) metrics.FramePushed("list", clock.GetUtcNow() - _oldestUnsentCommit);
        }
        _oldestUnsentCommit = DateTimeOffset.MaxValue;
        return Task.CompletedTask;
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_observers.Count > 0 && _push.QuietFor(now) >= FigurePush.HeartbeatEvery)
        {
            var beat = new FigureHeartbeat(Dimension, now, _sent?.Sequence ?? _sequences.Mark);
            _observers.Notify(o => o.OnHeartbeat(beat));
            _push.Beat(now);
        }
        var turned = Today() != _today;
        var gap = _sequences.GapSince is { } since && now - since >= FigurePush.GapPatience;
        if (!turned && !gap) return;
        if (!turned) LogGap(Dimension, _sequences.Through);
        await TryReloadAsync();
    }

    /// <summary>Redis's sequence one reconcile ago is still beyond this list: a commit's forward was lost. Re-read.</summary>
    private async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        if (_observers.Count == 0) return;
        try
        {
            var redisSequence = await store.ReadSequenceAsync();
            var lost = _redisSequenceAtLastReconcile > _sequences.Through;
            _redisSequenceAtLastReconcile = redisSequence;
            if (!lost) return;
            LogReconciled(Dimension, _sequences.Through, redisSequence);
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            LogRedisFailed(Dimension, ex.GetType().Name, ex.Message);
            return;
        }
        await TryReloadAsync();
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
            LogRedisFailed(Dimension, ex.GetType().Name, ex.Message);
        }
    }

    private async Task ReloadAsync()
    {
        var reading = await store.ReadFiguresAsync(Dimension + ":", CityTime.LocalDate(clock.GetUtcNow()));
        if (reading.Today != _today)
        {
            _today = reading.Today;
            foreach (var state in _figures.Values) state.TurnDay(_today);
        }
        foreach (var counts in reading.Figures) StateOf(counts.Figure).Replace(counts, null);
        _sequences.Reset(reading.Sequence, reading.Sequence);
    }

    private FigureState StateOf(string figure)
    {
        if (!_figures.TryGetValue(figure, out var state)) _figures[figure] = state = new FigureState(_today);
        return state;
    }

    private FigureListFrame Frame()
    {
        var seen = _figures.Select(p => (
            FigureDimension.KeyIn(p.Key), catalog.NameOf(p.Key, p.Value.Name),
            p.Value.Received, p.Value.Closed, p.Value.ReceivedToday, p.Value.ClosedToday));
        var entries = FigureTable.Build(Dimension, catalog, seen);
        return new FigureListFrame(Dimension, clock.GetUtcNow(), _sequences.Mark, _today, entries);
    }

    private string Today() => CityTime.DayKey(CityTime.LocalDate(clock.GetUtcNow()));

    [LoggerMessage(Level = LogLevel.Information, Message = "List {Dimension}: sequence gap after {Through} stayed open; re-read from Redis")]
    private partial void LogGap(string dimension, long through);

    [LoggerMessage(Level = LogLevel.Warning, Message = "List {Dimension}: Redis is at sequence {RedisSequence}, this grain at {Through} and nothing in flight; re-read (a forward was lost)")]
    private partial void LogReconciled(string dimension, long through, long redisSequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "List {Dimension}: Redis read failed ({ErrorType}: {Reason}); screens will show it as stale")]
    private partial void LogRedisFailed(string dimension, string errorType, string reason);
}
