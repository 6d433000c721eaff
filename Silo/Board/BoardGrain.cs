using Orleans.Utilities;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Counters;

namespace Philly311.Ops.Silo.Board;

/// <summary>
/// The city board. Redis is the truth, so the grain keeps nothing it could lose: it watches the ingest
/// sequence (one GET every 200 ms), reads a fresh consistent snapshot only when it moved (or the city's
/// day turned over at local midnight), and pushes it to observers; otherwise a heartbeat each second
/// tells screens the numbers are still current. However hot one department runs, this grain does
/// at most five reads a second.
/// </summary>
public sealed partial class BoardGrain(
    CounterStore store,
    BoardSnapshotComposer composer,
    TimeProvider clock,
    ILogger<BoardGrain> logger) : Grain, IBoardGrain
{
    private static readonly TimeSpan PollPeriod = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan HeartbeatPeriod = TimeSpan.FromSeconds(1);

    private readonly ObserverManager<IBoardObserver> _observers = new(TimeSpan.FromMinutes(2), logger);
    private BoardSnapshot? _current;
    private DateTimeOffset _lastSent;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(PollAsync, PollPeriod, PollPeriod);
        return Task.CompletedTask;
    }

    public async Task<BoardSnapshot> GetSnapshotAsync()
    {
        var now = clock.GetUtcNow();
        if (_current is null || now - _current.AsOf > PollPeriod) _current = await ReadAsync(now);
        return _current;
    }

    public Task SubscribeAsync(IBoardObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(IBoardObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        if (_observers.Count == 0) return;
        var now = clock.GetUtcNow();
        try
        {
            var sequence = await store.ReadSequenceAsync();
            var today = CityTime.DayKey(CityTime.LocalDate(now));
            if (_current is null || _current.Sequence != sequence || _current.Today != today)
            {
                var snapshot = await ReadAsync(now);
                _current = snapshot;
                _observers.Notify(o => o.OnBoardChanged(snapshot));
                _lastSent = now;
            }
            else if (now - _lastSent >= HeartbeatPeriod)
            {
                var heartbeat = new BoardHeartbeat(now, sequence);
                _observers.Notify(o => o.OnHeartbeat(heartbeat));
                _lastSent = now;
            }
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            // No frame goes out, so screens turn stale within 5 s: the honest answer while Redis is away.
            LogReadFailed(ex);
        }
    }

    private async Task<BoardSnapshot> ReadAsync(DateTimeOffset now) =>
        composer.Compose(await store.ReadAsync(CityTime.LocalDate(now)), now);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Board could not read the counters from Redis")]
    private partial void LogReadFailed(Exception exception);
}
