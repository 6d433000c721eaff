using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Dashboard.Time;

namespace Philly311.Ops.Dashboard.Events;

/// <summary>
/// One push's deflection: requests as bars (left scale) and calls offered to the topic's queues as a dashed line with square
/// marks (right scale — a queue takes far more calls than a topic gets requests), the hours before and after shaded, and the
/// push as a vertical line at its minute. Quarters that have not begun at <see cref="DeflectionSeries.AsOf"/> are not drawn:
/// a future quarter is unknown, not zero.
/// </summary>
public sealed partial class DeflectionChart
{
    internal const double Width = 720;
    internal const double Height = 240;
    internal const double Left = 48;
    internal const double Right = 48;
    internal const double Top = 22;
    internal const double Baseline = Height - 28;
    private static readonly TimeSpan Quarter = TimeSpan.FromMinutes(15);

    private int _quarters;
    private IReadOnlyList<DeflectionPoint> _bars = [];
    private IReadOnlyList<DeflectionPoint> _callMarks = [];
    private IReadOnlyList<DeflectionHour> _hours = [];
    private IReadOnlyList<DeflectionRow> _rows = [];
    private string? _callPoints;
    private MarkupString _labels;

    [Parameter, EditorRequired]
    public DeflectionSeries Series { get; set; } = default!;

    /// <summary>The printable report opens the table: paper has no disclosure triangle.</summary>
    [Parameter]
    public bool TableOpen { get; set; }

    /// <summary>Every series' window has the same width (the silo's 8 quarters either side), so pushes line up between charts.</summary>
    internal double BarWidth => (Width - Left - Right) / Math.Max(16, Series.PerQuarter.Length);

    internal double PushX => Left + (Series.PushQuarter + (Series.PushedAt - QuarterStart(Series.PushQuarter)) / Quarter) * BarWidth;

    private string Id => "deflection-" + new string($"{Series.PushId}-{Series.Topic}".Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    private string PushTime => CityClock.ToCity(Series.PushedAt).ToString("HH:mm", CultureInfo.InvariantCulture);

    private string AsOfTime => CityClock.TimeOfDay(Series.AsOf);

    private string RequestTypes => Series.RequestTypes.Length == 0 ? "no request type mapped" : string.Join(", ", Series.RequestTypes);

    private string Title => $"Requests and calls about {Series.TopicName} per 15 minutes, {Label(0)} to {Label(_quarters)} city time; push at {PushTime}";

    protected override void OnParametersSet()
    {
        // Quarters that began by the time the series was computed; the one under way counts "so far".
        _quarters = Series.FirstQuarter is null ? 0 : Enumerable.Range(0, Series.PerQuarter.Length).Count(i => QuarterStart(i) <= Series.AsOf);
        var calls = Series.Contacts.PerQuarter.Length == Series.PerQuarter.Length ? Series.Contacts.PerQuarter : null;
        var requestMax = Math.Max(1, Series.PerQuarter.Take(_quarters).DefaultIfEmpty().Max());
        var callMax = Math.Max(1, calls?.Take(_quarters).DefaultIfEmpty().Max() ?? 0);
        var bars = new List<DeflectionPoint>();
        var marks = new List<DeflectionPoint>();
        var rows = new List<DeflectionRow>();
        var line = new StringBuilder();
        for (var i = 0; i < _quarters; i++)
        {
            var span = $"{Label(i)}–{Label(i + 1)}";
            var underWay = QuarterStart(i + 1) > Series.AsOf;
            var soFar = underWay ? " so far" : "";
            var requests = Series.PerQuarter[i];
            var height = (Baseline - Top) * requests / requestMax;
            bars.Add(new DeflectionPoint(i, requests, Left + i * BarWidth + 2, Baseline - height, height, $"{span}: {requests} requests{soFar}"));
            if (calls is not null)
            {
                var (x, y) = (Left + (i + 0.5) * BarWidth, Baseline - (Baseline - Top) * calls[i] / callMax);
                marks.Add(new DeflectionPoint(i, calls[i], x, y, 0, $"{span}: {calls[i]} calls offered{soFar}"));
                line.Append(CultureInfo.InvariantCulture, $"{F(x)},{F(y)} ");
            }
            rows.Add(new DeflectionRow(span, requests.ToString(CultureInfo.InvariantCulture), calls?[i].ToString(CultureInfo.InvariantCulture) ?? "—", Note(i, underWay)));
        }
        _bars = bars;
        _callMarks = marks;
        _rows = rows;
        _callPoints = calls is null || _quarters == 0 ? null : line.ToString().TrimEnd();
        _hours = _quarters == 0 ? [] : Hours();
        _labels = _quarters == 0 ? default : Labels(requestMax, calls is null ? null : callMax);
    }

    private string Note(int i, bool underWay)
    {
        var note = i == Series.PushQuarter ? $"push at {PushTime}; hour after" : i > Series.PushQuarter && i < Series.PushQuarter + 4 ? "hour after" :
            i >= Series.PushQuarter - 4 && i < Series.PushQuarter ? "hour before" : "";
        return underWay ? (note.Length == 0 ? "under way" : note + "; under way") : note;
    }

    private IReadOnlyList<DeflectionHour> Hours()
    {
        var before = Math.Max(0, Series.PushQuarter - 4);
        var after = Math.Min(_quarters, Series.PushQuarter + 4);
        return
        [
            new DeflectionHour("before", Left + before * BarWidth, (Series.PushQuarter - before) * BarWidth),
            new DeflectionHour("after", Left + Series.PushQuarter * BarWidth, Math.Max(0, after - Series.PushQuarter) * BarWidth),
        ];
    }

    // SVG <text> collides with Razor's own <text> tag, so the labels are written as markup here (all text is ours: times and numbers).
    private MarkupString Labels(long requestMax, long? callMax)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Left - 4)}\" y=\"{F(Top + 4)}\" class=\"deflection-y-label\" text-anchor=\"end\">{requestMax}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Left - 4)}\" y=\"{F(Baseline)}\" class=\"deflection-y-label\" text-anchor=\"end\">0</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"2\" y=\"{F(Top - 10)}\" class=\"deflection-y-label\">requests</text>");
        if (callMax is { } max)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Width - Right + 4)}\" y=\"{F(Top + 4)}\" class=\"deflection-y-label\">{max}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Width - Right + 4)}\" y=\"{F(Baseline)}\" class=\"deflection-y-label\">0</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Width - 2)}\" y=\"{F(Top - 10)}\" class=\"deflection-y-label\" text-anchor=\"end\">calls</text>");
        }
        for (var i = 0; i <= Series.PerQuarter.Length; i += 4)
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Left + i * BarWidth)}\" y=\"{F(Height - 8)}\" class=\"deflection-x-label\" text-anchor=\"middle\">{Label(i)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(PushX + 4)}\" y=\"{F(Top - 10)}\" class=\"deflection-push-label\" data-testid=\"deflection-push-label\">push {PushTime}</text>");
        return new MarkupString(svg.ToString());
    }

    private DateTimeOffset QuarterStart(int i) => Series.FirstQuarter!.Value + Quarter * i;

    private string Label(int i) => Series.FirstQuarter is null ? "" : CityClock.ToCity(QuarterStart(i)).ToString("HH:mm", CultureInfo.InvariantCulture);

    internal static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
