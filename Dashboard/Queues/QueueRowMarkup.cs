using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Dashboard.Components.Markup;

namespace Philly311.Ops.Dashboard.Queues;

/// <summary>
/// A queue row's cells as one markup string, shared by every circuit showing that frame in the same second: frames come
/// from the process's one <see cref="QueueFeed"/>, and the oldest wait and projection tick by the second, so the string
/// is built once per frame and second. As markup a row costs a circuit three render-tree frames instead of forty-odd.
/// </summary>
public static class QueueRowMarkup
{
    private static readonly MarkupPerSecond<QueueFrame> Rows = new(Build);

    /// <summary>Name (linked to its page), waiting, oldest wait, service level against target, agents, status in words with an icon.</summary>
    public static MarkupString Cells(QueueFrame queue, DateTimeOffset now) => Rows.Of(queue, now);

    private static string Build(QueueFrame q, DateTimeOffset now)
    {
        var cells = new StringBuilder(600);
        cells.Append("<td class=\"name\"><a href=\"").Append(WebUtility.HtmlEncode($"queues/{q.Key}")).Append("\">")
            .Append(WebUtility.HtmlEncode(QueueText.Name(q.Key))).Append("</a></td>");
        cells.Append("<td class=\"num\">").Append(q.Waiting.ToString(CultureInfo.InvariantCulture)).Append("</td>");
        cells.Append("<td class=\"num oldest-wait\">").Append(WebUtility.HtmlEncode(QueueText.OldestWait(q, now))).Append("</td>");
        cells.Append("<td class=\"num\">").Append(WebUtility.HtmlEncode(QueueText.Percent(q.ServiceLevel)))
            .Append(" <span class=\"target\">/ ").Append(WebUtility.HtmlEncode(QueueText.Percent(q.ServiceLevelTarget)))
            .Append(" in ").Append(q.AnswerWithinSeconds.ToString(CultureInfo.InvariantCulture)).Append(" s</span></td>");
        cells.Append("<td class=\"num\">").Append(WebUtility.HtmlEncode(QueueText.Agents(q)));
        if (QueueText.Understaffed(q)) cells.Append(' ').Append(IconMarkup.Of(Icons.Material.Filled.PersonAdd, title: "Understaffed").Value).Append("<span class=\"words\">short</span>");
        cells.Append("</td>");
        cells.Append("<td class=\"status\">")
            .Append(q.Breach is not null
                ? IconMarkup.Of(Icons.Material.Filled.Warning, Color.Error, title: "Breach").Value
                : IconMarkup.Of(Icons.Material.Filled.CheckCircle, Color.Success, title: "Within target").Value)
            .Append("<span class=\"words\">").Append(WebUtility.HtmlEncode(QueueText.Status(q))).Append("</span>")
            .Append("<span class=\"projection\">").Append(WebUtility.HtmlEncode(QueueText.Projection(q, now))).Append("</span></td>");
        return cells.ToString();
    }
}
