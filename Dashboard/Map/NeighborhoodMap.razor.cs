using System.Globalization;
using Microsoft.AspNetCore.Components;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Map;

/// <summary>
/// Colors each neighborhood by its open requests (from the <c>hood</c> list the board already receives) or, switched,
/// by its breached requests. Shapes come once from <see cref="NeighborhoodOutlines"/>; a frame only changes fills and titles.
/// </summary>
public sealed partial class NeighborhoodMap
{
    private MapMeasure _measure = MapMeasure.Open;
    private IReadOnlyList<MapHood> _hoods = [];
    private IReadOnlyList<MapClass> _classes = [];
    private long _unplaced;

    [Inject]
    private NeighborhoodOutlines Outlines { get; set; } = default!;

    /// <summary>The neighborhood list's entries (key = neighborhood id, as the silo stores it).</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<CounterEntry> Neighborhoods { get; set; } = [];

    [Parameter, EditorRequired]
    public BoardFreshness Freshness { get; set; } = BoardFreshness.Waiting;

    /// <summary>Breached requests per neighborhood id; null while no breach source is wired.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, long>? Breaches { get; set; }

    /// <summary>Which measure to show; the switch changes it unless <see cref="HideSwitch"/>.</summary>
    [Parameter]
    public MapMeasure Measure { get; set; } = MapMeasure.Open;

    [Parameter]
    public bool HideSwitch { get; set; }

    [Parameter]
    public bool Big { get; set; }

    /// <summary>Each shape opens its neighborhood's drill-down; off on the wallboard, where nothing is clicked.</summary>
    [Parameter]
    public bool Links { get; set; } = true;

    [Parameter]
    public string Class { get; set; } = "";

    private string MeasureLabel => _measure == MapMeasure.Breaches ? "Breaches" : "Open requests";

    private MapMeasure? _measureParameter;

    protected override void OnParametersSet()
    {
        if (_measureParameter != Measure) _measure = Measure;
        _measureParameter = Measure;
        Refresh();
    }

    private void Show(MapMeasure measure)
    {
        _measure = measure;
        Refresh();
    }

    private void Refresh()
    {
        var open = Neighborhoods.ToDictionary(n => n.Key, n => n.Open, StringComparer.Ordinal);
        _unplaced = open.GetValueOrDefault("unknown");
        var values = _measure == MapMeasure.Breaches ? Breaches : open;
        var counts = Outlines.Shapes.Select(s => values is null ? (long?)null : values.GetValueOrDefault(s.Id)).ToArray();
        _classes = ChoroplethScale.For(counts.Max() ?? 0, _measure);
        var noun = _measure == MapMeasure.Breaches ? "breached" : "open";
        _hoods = Outlines.Shapes.Select((shape, i) =>
        {
            var count = counts[i];
            var fill = count is { } c ? ChoroplethScale.ClassOf(c, _classes).Color : ChoroplethScale.ZeroColor;
            var title = count is { } n ? $"{shape.Name}: {n.ToString("N0", CultureInfo.InvariantCulture)} {noun}" : $"{shape.Name}: {noun} not available";
            return new MapHood(shape, count, fill, title);
        }).ToArray();
    }

    private int HoodCount(MapClass mapClass) => _hoods.Count(h => h.Count is { } c && c >= mapClass.From && c <= mapClass.To);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
