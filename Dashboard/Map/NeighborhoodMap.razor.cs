using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Dashboard.Live;

namespace Philly311.Ops.Dashboard.Map;

/// <summary>
/// Colors each neighborhood by its open requests (from the <c>hood</c> list the board already receives) or, switched,
/// by its breached requests. Shapes come once per process from <see cref="NeighborhoodOutlines"/> as shared markup; a
/// frame only rewrites this map's fill rules (one per legend class), so a circuit holds a handful of frames, not 2,000.
/// </summary>
public sealed partial class NeighborhoodMap
{
    private MapMeasure _measure = MapMeasure.Open;
    private static int _instances;
    private readonly string _scope = "m" + Interlocked.Increment(ref _instances).ToString(CultureInfo.InvariantCulture);
    private IReadOnlyList<MapClass> _classes = [];
    private int[] _areas = [];
    private string _fills = "";
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

    private void ShowOpen() => Show(MapMeasure.Open);

    private void ShowBreaches() => Show(MapMeasure.Breaches);

    private void Show(MapMeasure measure)
    {
        _measure = measure;
        Refresh();
    }

    private void Refresh()
    {
        var open = new Dictionary<string, long>(Neighborhoods.Count, StringComparer.Ordinal);
        foreach (var n in Neighborhoods) open[n.Key] = n.Open;
        _unplaced = open.GetValueOrDefault("unknown");
        var values = _measure == MapMeasure.Breaches ? Breaches : open;
        var shapes = Outlines.Shapes;
        var max = 0L;
        if (values is not null)
        {
            foreach (var shape in shapes) max = Math.Max(max, values.GetValueOrDefault(shape.Id));
        }
        _classes = ChoroplethScale.For(max, _measure);
        _areas = new int[_classes.Count];
        if (values is null)
        {
            _fills = "";
            return;
        }
        // One rule per class listing its shapes; zero keeps the neutral fill the shared markup carries.
        var members = new List<int>?[_classes.Count];
        for (var i = 0; i < shapes.Count; i++)
        {
            var c = ClassIndex(values.GetValueOrDefault(shapes[i].Id));
            _areas[c]++;
            if (c > 0) (members[c] ??= []).Add(i);
        }
        var css = new StringBuilder();
        for (var c = 1; c < _classes.Count; c++)
        {
            if (members[c] is not { } indexes) continue;
            css.Append(".map-svg[data-map=\"").Append(_scope).Append("\"] :is(");
            for (var k = 0; k < indexes.Count; k++) css.Append(k == 0 ? "." : ",.").Append(NeighborhoodOutlines.ClassOf(indexes[k]));
            css.Append("){fill:").Append(_classes[c].Color).Append('}');
        }
        _fills = css.ToString();
    }

    private int ClassIndex(long value)
    {
        for (var c = _classes.Count - 1; c > 0; c--)
        {
            if (value >= _classes[c].From) return c;
        }
        return 0;
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
