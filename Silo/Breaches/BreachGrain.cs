using Microsoft.Extensions.Options;
using Orleans.Utilities;
using Philly311.Ops.Contracts.Breaches;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Breaches;

/// <summary>
/// The cluster's one sweeper and the live breach figures. Its own grain, not a figure grain: breaches change by time
/// passing, not by commits, and one Redis call per sweep does both the detection and the read, for every dimension at
/// once. The timer keeps the activation alive; <see cref="BreachSweepKeeper"/> on every silo brings it back after its
/// silo died. Redis is the truth: an activation starts from a read and holds nothing Redis lacks.
/// </summary>
public sealed partial class BreachGrain(
    BreachStore store, BreachFrameComposer composer, IOptions<BreachOptions> options, TimeProvider clock, ILogger<BreachGrain> logger)
    : Grain, IBreachGrain
{
    private static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan NudgeDelay = TimeSpan.FromMilliseconds(50);

    private readonly ObserverManager<IBreachObserver> _observers = new(IBreachGrain.SubscriptionLifetime, logger);
    private BreachFrame _frame = null!;
    private IGrainTimer _nudge = null!;
    private bool _nudgeArmed;
    private DateTimeOffset _lastSent = DateTimeOffset.MinValue;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        _frame = composer.Compose(await store.ReadAsync(), now);
        var every = options.Value.SweepEvery;
        this.RegisterGrainTimer(SweepAsync, new GrainTimerCreationOptions(TimeSpan.Zero, every) { KeepAlive = true });
        _nudge = this.RegisterGrainTimer(SweepAsync, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        LogStarted(_frame.Version, _frame.Total);
    }

    public Task<BreachFrame> GetFrameAsync() => Task.FromResult(_frame);

    public Task SubscribeAsync(IBreachObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IBreachObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task NudgeAsync(long version)
    {
        // A burst of closes nudges many times; one sweep a little later reads them all.
        if (version > _frame.Version && !_nudgeArmed)
        {
            _nudgeArmed = true;
            _nudge.Change(NudgeDelay, Timeout.InfiniteTimeSpan);
        }
        return Task.CompletedTask;
    }

    public Task KeepSweepingAsync() => Task.CompletedTask;

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        _nudgeArmed = false;
        try
        {
            BreachSweep sweep;
            var rounds = 0;
            do
            {
                var now = clock.GetUtcNow();
                sweep = await store.SweepAsync(now, _frame.Version);
                if (sweep.Reading is { } reading) Send(composer.Compose(reading, now));
            }
            // A backlog (the cluster was down past many due times) drains within this tick, a bounded step at a time.
            while (sweep.Moved == BreachStore.MaxMovedPerSweep && ++rounds < 20);
            Beat();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // No heartbeat either: screens turn stale rather than vouch for numbers nobody checked.
            LogSweepFailed(ex.GetType().Name, ex.Message);
        }
    }

    private void Send(BreachFrame frame)
    {
        _frame = frame;
        _lastSent = frame.AsOf;
        _observers.Notify(o => o.OnBreaches(frame));
    }

    private void Beat()
    {
        var now = clock.GetUtcNow();
        if (now - _lastSent < HeartbeatEvery) return;
        _lastSent = now;
        var beat = new BreachHeartbeat(now, _frame.Version);
        _observers.Notify(o => o.OnHeartbeat(beat));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Breach sweep started at breach version {Version} with {Total} breached")]
    private partial void LogStarted(long version, long total);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Breach sweep failed ({ErrorType}: {Reason}); the next tick retries")]
    private partial void LogSweepFailed(string errorType, string reason);
}
