namespace Philly311.Ops.Dashboard.Security;

public sealed class DashboardSecurityOptions
{
    public const string Section = "DashboardSecurity";

    /// <summary>
    /// Hub connections one client (its signed-in user, else its remote address) may hold on this process at once. Each one
    /// costs a socket, buffers and up to 64 group subscriptions. The default leaves room for the load tests, which connect
    /// 1,000 readers from one address; behind a proxy, forward the client's address (ASPNETCORE_FORWARDEDHEADERS_ENABLED)
    /// or every viewer counts as the proxy.
    /// </summary>
    public int MaxHubConnectionsPerClient { get; set; } = 2_000;
}
