using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Counters;

namespace Philly311.Ops.Silo.Figures;

/// <summary>
/// The table of one dimension (every department, every neighborhood ...), fed by the same router calls as the figures.
/// Completeness is tracked over the commits' sequence ranges (each commit touches every dimension), so its frame's
/// <c>Sequence</c> promises every event up to it, across silos. Pushing, heartbeats and re-reads are <see cref="LiveGrain"/>'s.
/// </summary>
public sealed class FigureListGrain(
    CounterStore store, FigureCatalog catalog, TimeProvider clock, FigureMetrics metrics, ILogger<FigureListGrain> logger)
    : LiveGrain(clock, metrics, logger), IFigureListGrain, IFigureListFeed
{
    private readonly Dictionary<string, FigureState> _figures = new(StringComparer.Ordinal);
    private string? _today;
    private FigureListFrame? _sent;

    private string Dimension => Key;

    protected override string Kind => "list";

    protected override string HeldDay => _today ??= Today();

    protected override long SentSequence => _sent?.Sequence ?? Watermark.Mark;

    public async Task<FigureListFrame> GetFrameAsync()
    {
        if (Observers.Count == 0) await CatchUpAsync();
        return Frame();
    }

    public Task ApplyAsync(FigureUpdate update)
    {
        var now = Clock.GetUtcNow();
        foreach (var change in update.Changes) StateOf(change.Key).Apply(change);
        foreach (var range in update.Ranges) Watermark.Add(range.After, range.Through, range.Through, now);
        Changed(update.CommittedAt);
        return Task.CompletedTask;
    }

    protected override bool SendIfChanged()
    {
        var frame = Frame();
        if (_sent is not null && _sent.Sequence == frame.Sequence && _sent.Today == frame.Today && _sent.Entries.SequenceEqual(frame.Entries)) return false;
        _sent = frame;
        if (Observers.Count > 0) Observers.Notify(o => o.OnListChanged(frame));
        return true;
    }

    protected override Task<long> ReadRedisMarkAsync() => store.ReadSequenceAsync();

    protected override async Task ReloadAsync()
    {
        var reading = await store.ReadFiguresAsync(Dimension + ":", CityTime.LocalDate(Clock.GetUtcNow()));
        if (reading.Today != HeldDay)
        {
            _today = reading.Today;
            foreach (var state in _figures.Values) state.TurnDay(reading.Today);
        }
        foreach (var counts in reading.Figures) StateOf(counts.Figure).Replace(counts, null);
        Watermark.Reset(reading.Sequence, reading.Sequence);
    }

    private FigureState StateOf(string figure)
    {
        if (!_figures.TryGetValue(figure, out var state)) _figures[figure] = state = new FigureState(HeldDay);
        return state;
    }

    private FigureListFrame Frame()
    {
        var seen = _figures.Select(p => (
            FigureDimension.KeyIn(p.Key), catalog.NameOf(p.Key, p.Value.Name),
            p.Value.Received, p.Value.Closed, p.Value.ReceivedToday, p.Value.ClosedToday));
        return new FigureListFrame(Dimension, Clock.GetUtcNow(), Watermark.Mark, HeldDay, FigureTable.Build(Dimension, catalog, seen));
    }
}
