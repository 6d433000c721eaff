using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;
using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Dashboard.Components.Markup;

namespace Philly311.Ops.Dashboard.Breaches;

/// <summary>
/// A longest-overdue row's cells as one markup string, shared by every circuit showing that request in the same second
/// (the frames are the process's one breach feed; "overdue by" ticks by the second). Three render-tree frames per row
/// for a circuit instead of a dozen.
/// </summary>
public static class OverdueRowMarkup
{
    private static readonly MarkupPerSecond<OverdueRequest> Rows = new(Build);

    /// <summary>Request id, type, department, neighborhood, overdue by: no personal data is in an <see cref="OverdueRequest"/>.</summary>
    public static MarkupString Cells(OverdueRequest request, DateTimeOffset now) => Rows.Of(request, now);

    private static string Build(OverdueRequest request, DateTimeOffset now) => new StringBuilder(300)
        .Append("<td class=\"name\">").Append(WebUtility.HtmlEncode(request.Id)).Append("</td>")
        .Append("<td>").Append(WebUtility.HtmlEncode(request.RequestTypeName)).Append("</td>")
        .Append("<td>").Append(WebUtility.HtmlEncode(request.DepartmentName)).Append("</td>")
        .Append("<td>").Append(WebUtility.HtmlEncode(request.NeighborhoodName)).Append("</td>")
        .Append("<td class=\"num overdue-by\">").Append(WebUtility.HtmlEncode(OverdueText.Format(request.OverdueBy(now)))).Append("</td>")
        .ToString();
}
