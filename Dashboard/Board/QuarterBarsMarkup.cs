using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Components;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Dashboard.Time;

namespace Philly311.Ops.Dashboard.Board;

/// <summary>
/// The chart's 96 bars (each a <c>&lt;rect&gt;</c> with its slot, count and title) as one markup string, built once per
/// quarter-hours array and shared by every circuit drawing it: the board's snapshot is one per process, and 96 bars as
/// render-tree frames are ~1,000 frames kept twice per circuit.
/// </summary>
public static class QuarterBarsMarkup
{
    private static readonly ConditionalWeakTable<IReadOnlyList<long>, Built> Cache = [];

    public static MarkupString Bars(IReadOnlyList<long> quarterHours, int currentSlot, long max)
    {
        if (Cache.TryGetValue(quarterHours, out var built) && built.CurrentSlot == currentSlot && built.Max == max) return built.Markup;
        var markup = new MarkupString(Build(quarterHours, currentSlot, max));
        Cache.AddOrUpdate(quarterHours, new Built(currentSlot, max, markup));
        return markup;
    }

    private static string Build(IReadOnlyList<long> quarterHours, int currentSlot, long max)
    {
        var svg = new StringBuilder(BoardSnapshot.SlotsPerDay * 170);
        var width = QuarterHourChart.F(QuarterHourChart.BarWidth - 1);
        for (var slot = 0; slot < BoardSnapshot.SlotsPerDay; slot++)
        {
            var count = slot < quarterHours.Count ? quarterHours[slot] : 0;
            var height = (QuarterHourChart.Baseline - QuarterHourChart.Top) * count / max;
            svg.Append("<rect x=\"").Append(QuarterHourChart.F(QuarterHourChart.Left + slot * QuarterHourChart.BarWidth))
                .Append("\" y=\"").Append(QuarterHourChart.F(QuarterHourChart.Baseline - height))
                .Append("\" width=\"").Append(width).Append("\" height=\"").Append(QuarterHourChart.F(height))
                .Append(slot == currentSlot ? "\" class=\"chart-bar chart-bar--current\"" : "\" class=\"chart-bar\"")
                .Append(" data-slot=\"").Append(slot).Append("\" data-count=\"").Append(count).Append("\"><title>")
                .Append(CityClock.SlotLabel(slot)).Append('–').Append(CityClock.SlotLabel((slot + 1) % BoardSnapshot.SlotsPerDay))
                .Append(": ").Append(count).Append(" requests</title></rect>");
        }
        return svg.ToString();
    }

    private sealed record Built(int CurrentSlot, long Max, MarkupString Markup);
}
