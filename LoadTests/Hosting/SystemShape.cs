namespace Philly311.Ops.LoadTests.Hosting;

/// <summary>What <see cref="SelfHostedSystem"/> starts besides Redis and one silo: how many dashboards, and extra silo settings.</summary>
internal sealed record SystemShape(int Dashboards, IReadOnlyList<string> SiloArguments)
{
    public static SystemShape Default { get; } = new(1, []);

    /// <summary>The first dashboard keeps the name "dashboard" (reports and samplers know it); the others are "dashboard-b", "dashboard-c" …</summary>
    public static string DashboardName(int index) => index == 0 ? "dashboard" : "dashboard-" + (char)('a' + index);
}
