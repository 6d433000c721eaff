using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Components;
using Philly311.Ops.Contracts.Board;

namespace Philly311.Ops.Dashboard.Board;

/// <summary>
/// A counter row's cells as one markup string, shared by every circuit showing the same entry: entries come from the
/// process's one board snapshot, so the string is built once per entry and frame, and a row costs a circuit three
/// render-tree frames instead of twenty-odd (a circuit keeps every frame of its last two renders).
/// </summary>
public static class CounterRowMarkup
{
    private static readonly ConditionalWeakTable<CounterEntry, Built> Cache = [];

    /// <summary>The row's <c>&lt;td&gt;</c>s: name (linked to <paramref name="drillBase"/>/{key} when given), the four counts, and the breached count when known.</summary>
    public static MarkupString Cells(CounterEntry entry, string? drillBase, long? breached)
    {
        if (Cache.TryGetValue(entry, out var built) && built.DrillBase == drillBase && built.Breached == breached) return built.Markup;
        var markup = new MarkupString(Build(entry, drillBase, breached));
        Cache.AddOrUpdate(entry, new Built(drillBase, breached, markup));
        return markup;
    }

    private static string Build(CounterEntry entry, string? drillBase, long? breached)
    {
        var cells = new StringBuilder(200);
        cells.Append("<td class=\"name\">");
        var name = WebUtility.HtmlEncode(entry.Name);
        if (drillBase is null) cells.Append(name);
        else cells.Append("<a href=\"").Append(WebUtility.HtmlEncode($"{drillBase}/{Uri.EscapeDataString(entry.Key)}")).Append("\" class=\"drill-link\">").Append(name).Append("</a>");
        cells.Append("</td>");
        Count(cells, entry.ReceivedToday);
        Count(cells, entry.Open);
        Count(cells, entry.ClosedToday);
        Count(cells, entry.Received);
        if (breached is { } late) Count(cells, late);
        return cells.ToString();
    }

    private static void Count(StringBuilder cells, long value) =>
        cells.Append("<td class=\"num\">").Append(value.ToString("N0", CultureInfo.InvariantCulture)).Append("</td>");

    private sealed record Built(string? DrillBase, long? Breached, MarkupString Markup);
}
