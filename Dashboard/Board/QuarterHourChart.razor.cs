using System.Globalization;
using Microsoft.AspNetCore.Components;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Time;

namespace Philly311.Ops.Dashboard.Board;

/// <summary>
/// The 96 quarter-hours of the city day, x labels every 2 hours, the current quarter highlighted, and — where the
/// per-day counters still hold it — the same weekday last week as a step line on the same scale.
/// </summary>
public sealed partial class QuarterHourChart
{
    internal const int SlotsPerLabel = 8;
    internal const double Width = 980;
    internal const double Height = 220;
    internal const double Left = 40;
    internal const double Top = 10;
    internal const double Baseline = Height - 24;
    internal const double BarWidth = (Width - Left) / BoardSnapshot.SlotsPerDay;

    private MarkupString _barsMarkup;
    private long _max;
    private MarkupString _labels;

    [Parameter, EditorRequired]
    public IReadOnlyList<long> QuarterHours { get; set; } = [];

    [Parameter, EditorRequired]
    public string Today { get; set; } = "";

    [Parameter, EditorRequired]
    public BoardFreshness Freshness { get; set; } = BoardFreshness.Waiting;

    /// <summary>The same weekday a week ago; null when there is none to show (see <see cref="LastWeekState"/>).</summary>
    [Parameter]
    public IReadOnlyList<long>? LastWeek { get; set; }

    /// <summary>"Tue 7 Jul": the day <see cref="LastWeek"/> is of.</summary>
    [Parameter]
    public string LastWeekDay { get; set; } = "";

    [Parameter]
    public ComparisonState LastWeekState { get; set; } = ComparisonState.NoData;

    [Parameter]
    public string? Title { get; set; }

    private string? _lastWeekPoints;

    private string AriaLabel => LastWeek is null
        ? "Requests per 15 minutes today"
        : $"Requests per 15 minutes today, and on {LastWeekDay} as a line";

    private string LastWeekText => LastWeekState switch
    {
        ComparisonState.Shown => $"Same weekday last week ({LastWeekDay})",
        ComparisonState.Loading => "Last week: loading…",
        ComparisonState.Unavailable => "Last week: not available right now",
        _ => $"Last week ({LastWeekDay}): no data kept",
    };

    protected override void OnParametersSet()
    {
        var current = Freshness.AsOf is { } asOf ? CityTime.QuarterSlot(asOf) : -1;
        var lastWeek = LastWeekState == ComparisonState.Shown ? LastWeek : null;
        _max = Math.Max(1, Math.Max(QuarterHours.Count == 0 ? 0 : QuarterHours.Max(), lastWeek is null || lastWeek.Count == 0 ? 0 : lastWeek.Max()));
        _barsMarkup = QuarterBarsMarkup.Bars(QuarterHours, current, _max);
        _lastWeekPoints = lastWeek is null ? null : StepLine(lastWeek, _max);
        _labels = Labels(_max);
    }

    /// <summary>A step per quarter (flat across its bar), so the line compares with the bars slot by slot.</summary>
    private static string StepLine(IReadOnlyList<long> counts, long max)
    {
        var points = new System.Text.StringBuilder();
        for (var slot = 0; slot < BoardSnapshot.SlotsPerDay; slot++)
        {
            var count = slot < counts.Count ? counts[slot] : 0;
            var y = F(Baseline - (Baseline - Top) * count / max);
            points.Append(CultureInfo.InvariantCulture, $"{F(Left + slot * BarWidth)},{y} {F(Left + (slot + 1) * BarWidth)},{y} ");
        }
        return points.ToString().TrimEnd();
    }

    // SVG <text> collides with Razor's own <text> tag, so the axis labels are written as markup here.
    private static MarkupString Labels(long max)
    {
        var svg = new System.Text.StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Left - 4)}\" y=\"{F(Top + 4)}\" class=\"chart-y-label\" text-anchor=\"end\">{max}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Left - 4)}\" y=\"{F(Baseline)}\" class=\"chart-y-label\" text-anchor=\"end\">0</text>");
        for (var slot = 0; slot < BoardSnapshot.SlotsPerDay; slot += SlotsPerLabel)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{F(Left + slot * BarWidth)}\" y=\"{F(Height - 4)}\" class=\"chart-x-label\">{CityClock.SlotLabel(slot)}</text>");
        }
        return new MarkupString(svg.ToString());
    }

    internal static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
