using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Counters;

namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// One live figure (<c>city</c>, <c>dept:streets</c> ...). Takes the router's merged changes as absolute values,
/// per field last-writer-wins by version, and tracks completeness over the figure's versions; pushing, heartbeats and
/// re-reads are <see cref="LiveGrain"/>'s.
/// </summary>
public sealed class FigureGrain(
    CounterStore store, FigureCatalog catalog, TimeProvider clock, FigureMetrics metrics, ILogger<FigureGrain> logger)
    : LiveGrain(clock, metrics, logger), IFigureGrain, IFigureFeed
{
    private FigureState? _state;
    private FigureFrame? _sent;

    private FigureState State => _state ??= new FigureState(Today());

    protected override string Kind => "figure";

    protected override string HeldDay => State.Today;

    protected override long SentSequence => _sent?.Sequence ?? Watermark.Mark;

    public async Task<FigureFrame> GetFrameAsync()
    {
        if (Observers.Count == 0) await CatchUpAsync();
        return Frame();
    }

    public Task ApplyAsync(FigureUpdate update)
    {
        var now = Clock.GetUtcNow();
        foreach (var change in update.Changes)
        {
            State.Apply(change);
            Watermark.Add(change.Version - 1, change.Version, change.Sequence, now);
        }
        Changed(update.CommittedAt);
        return Task.CompletedTask;
    }

    protected override bool SendIfChanged()
    {
        var frame = Frame();
        if (_sent is not null && SameNumbers(_sent, frame)) return false;
        _sent = frame;
        if (Observers.Count > 0) Observers.Notify(o => o.OnFigureChanged(frame));
        return true;
    }

    protected override Task<long> ReadRedisMarkAsync() => store.ReadVersionAsync(Key);

    protected override async Task ReloadAsync()
    {
        var reading = await store.ReadFigureAsync(Key, CityTime.LocalDate(Clock.GetUtcNow()));
        if (reading.Today != State.Today) State.TurnDay(reading.Today);
        State.Replace(reading.Counts, reading.QuarterHours);
        Watermark.Reset(reading.Counts.Version, reading.Sequence);
    }

    private FigureFrame Frame()
    {
        var key = Key;
        var state = State;
        var entry = new CounterEntry(FigureDimension.KeyIn(key), catalog.NameOf(key, state.Name), state.Received, state.ReceivedToday,
            state.Received - state.Closed, state.Closed, state.ClosedToday);
        return new FigureFrame(key, Clock.GetUtcNow(), Watermark.Mark, Watermark.Through, state.Today, entry, state.QuarterHours());
    }

    private static bool SameNumbers(FigureFrame a, FigureFrame b) =>
        a.Sequence == b.Sequence && a.Today == b.Today && a.Entry == b.Entry && a.QuarterHours.AsSpan().SequenceEqual(b.QuarterHours);
}
