using Microsoft.AspNetCore.Components;
using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Dashboard.Board;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Drilldown;

/// <summary>
/// The drill-down of one key: its counters and (where they are kept) today's quarter-hours against last week, pushed
/// through <see cref="DrilldownFeed"/> like the board, with its own live/stale state and as-of time.
/// </summary>
public sealed partial class DrilldownView : IDisposable
{
    private IDisposable? _watching;
    private IDisposable? _breachWatch;
    private string? _watchedKey;
    private bool _valid;
    private FigureFrame? _frame;
    private BoardFreshness _freshness = BoardFreshness.Waiting;
    private long? _breached;

    [Inject]
    private DrilldownFeed Feed { get; set; } = default!;

    [Inject]
    private IBreachCounts BreachCounts { get; set; } = default!;

    /// <summary>The figure dimension: <see cref="FigureDimension.Department"/>, <see cref="FigureDimension.Neighborhood"/> or <see cref="FigureDimension.Service"/>.</summary>
    [Parameter, EditorRequired]
    public string Dimension { get; set; } = "";

    [Parameter, EditorRequired]
    public string Key { get; set; } = "";

    /// <summary>"Department", for headings and messages.</summary>
    [Parameter, EditorRequired]
    public string Noun { get; set; } = "";

    [Parameter, EditorRequired]
    public string Plural { get; set; } = "";

    private string FigureKey => FigureDimension.Key(Dimension, Key);

    private string Heading => _frame is { Entry.Name: { Length: > 0 } name } ? $"{Noun}: {name}" : $"{Noun}: {Key}";

    // The commit script keeps quarter-hours only for the figures a chart is drawn for (not per neighborhood or ZIP).
    private bool HasQuarterHours => Dimension is not (FigureDimension.Neighborhood or FigureDimension.Zip);

    protected override void OnParametersSet()
    {
        if (FigureKey == _watchedKey) return;
        _watching?.Dispose();
        _watching = null;
        _frame = null;
        _freshness = BoardFreshness.Waiting;
        _watchedKey = FigureKey;
        _valid = OpsGroups.IsValid(FigureKey);
        _breachWatch ??= BreachCounts.Subscribe(() => _ = InvokeAsync(() => { ReadBreaches(); StateHasChanged(); }));
        ReadBreaches();
        if (_valid) _watching = Feed.Watch(FigureKey, OnFigure);
    }

    private void OnFigure(FigureFrame? frame, BoardFreshness freshness) => _ = InvokeAsync(() =>
    {
        // A page switched to another key may still get one late call for the old one.
        if (frame is not null && frame.Key != _watchedKey) return;
        _frame = frame;
        _freshness = freshness;
        StateHasChanged();
    });

    private void ReadBreaches() =>
        _breached = BreachCounts.CountsOf(Dimension) is { } counts ? counts.GetValueOrDefault(Key) : null;

    public void Dispose()
    {
        _watching?.Dispose();
        _breachWatch?.Dispose();
    }
}
