using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Philly311.Ops.Dashboard.Components.Markup;

/// <summary>
/// MudIcon's own markup (same classes, same SVG) as one string shared by every circuit. A board shows an icon per queue
/// row, alert and badge; as <c>MudIcon</c>s each would be a component whose two render-tree buffers every circuit keeps,
/// as a shared string each is one frame pointing at bytes the process holds once.
/// </summary>
public static class IconMarkup
{
    private static readonly ConcurrentDictionary<(string Icon, Color Color, Size Size, string? Title, string? Class), MarkupString> Built = new();

    /// <param name="icon">One of <see cref="Icons"/>: the SVG's inner markup.</param>
    /// <param name="title">Spoken and shown on hover; without one the icon is hidden from screen readers (words sit beside it).</param>
    public static MarkupString Of(string icon, Color color = Color.Inherit, Size size = Size.Small, string? title = null, string? cssClass = null) =>
        Built.GetOrAdd((icon, color, size, title, cssClass), static key => new MarkupString(Build(key.Icon, key.Color, key.Size, key.Title, key.Class)));

    private static string Build(string icon, Color color, Size size, string? title, string? cssClass)
    {
        var classes = "mud-icon-root mud-svg-icon"
            + (color is Color.Inherit or Color.Default ? "" : $" mud-{color.ToString().ToLowerInvariant()}-text")
            + $" mud-icon-size-{size.ToString().ToLowerInvariant()}"
            + (cssClass is null ? "" : " " + cssClass);
        var label = title is null ? " aria-hidden=\"true\"" : "";
        var titled = title is null ? "" : $"<title>{WebUtility.HtmlEncode(title)}</title>";
        return $"<svg class=\"{classes}\" focusable=\"false\" viewBox=\"0 0 24 24\"{label} role=\"img\">{titled}{icon}</svg>";
    }
}
