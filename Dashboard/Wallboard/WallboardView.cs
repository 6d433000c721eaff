namespace Philly311.Ops.Dashboard.Wallboard;

/// <summary>The views a wallboard layout can cycle through (<c>Wallboard:Layouts:{name}:Views</c>).</summary>
public static class WallboardView
{
    public const string City = "city";
    public const string Map = "map";
    public const string Chart = "chart";
    public const string Departments = "departments";
    public const string Neighborhoods = "neighborhoods";
    public const string RequestTypes = "request-types";

    /// <summary>Lead: these two show placeholders until the queue and breach boards are wired in (issue 8).</summary>
    public const string Queues = "queues";
    public const string Breaches = "breaches";

    public static IReadOnlyList<string> All { get; } = [City, Map, Chart, Departments, Neighborhoods, RequestTypes, Queues, Breaches];
}
