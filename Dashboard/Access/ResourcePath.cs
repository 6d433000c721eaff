using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using RouteData = Microsoft.AspNetCore.Components.RouteData;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// The path an authorization decision is about: the request path over HTTP, or — inside a circuit, where
/// <c>AuthorizeRouteView</c> passes the <see cref="RouteData"/> — the page's route template with its values filled in.
/// </summary>
public static partial class ResourcePath
{
    public static string? Of(object? resource) => resource switch
    {
        HttpContext http => http.Request.Path.Value,
        PagePath page => page.Value,
        RouteData route => FromRoute(route),
        _ => null,
    };

    private static string? FromRoute(RouteData route)
    {
        // The template whose parameters are exactly the route values is the one that matched.
        foreach (var attribute in route.PageType.GetCustomAttributes<RouteAttribute>())
        {
            var names = Parameter().Matches(attribute.Template).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.SetEquals(route.RouteValues.Keys)) continue;
            return Parameter().Replace(attribute.Template, m => Convert.ToString(
                route.RouteValues.FirstOrDefault(v => v.Key.Equals(m.Groups["name"].Value, StringComparison.OrdinalIgnoreCase)).Value,
                System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }
        return null;
    }

    /// <summary>The first segment after <c>/wallboard/</c>; <c>default</c> for <c>/wallboard</c> itself; null off the wallboard.</summary>
    public static string? WallboardLayout(string? path)
    {
        if (path is null) return null;
        if (path.Equals("/wallboard", StringComparison.OrdinalIgnoreCase) || path.Equals("/wallboard/", StringComparison.OrdinalIgnoreCase)) return DefaultLayout;
        if (!path.StartsWith("/wallboard/", StringComparison.OrdinalIgnoreCase)) return null;
        var rest = path["/wallboard/".Length..];
        var slash = rest.IndexOf('/');
        return (slash < 0 ? rest : rest[..slash]).ToLowerInvariant();
    }

    /// <summary>The department code of a drill-down page (<c>/departments/{code}</c>, <c>/department/{code}</c>, <c>/dept/{code}</c>).</summary>
    public static string? Department(string? path)
    {
        if (path is null) return null;
        var match = DepartmentPath().Match(path);
        return match.Success ? match.Groups["code"].Value.ToLowerInvariant() : null;
    }

    public static bool IsHub(string? path) => path is not null && path.StartsWith(Contracts.Hub.OpsGroups.HubPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>The dashboard's read-only JSON views (<c>/api/breaches</c> ...): what a hub key may read beside the hub.</summary>
    public static bool IsReadApi(string? path) => path is not null && path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase);

    public const string DefaultLayout = "default";

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z_][A-Za-z0-9_]*)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"^/(departments|department|dept)/(?<code>[^/?#]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DepartmentPath();
}
