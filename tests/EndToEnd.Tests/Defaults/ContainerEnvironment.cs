using Philly311.Ops.TestSupport;

namespace Philly311.Ops.EndToEnd.Tests.Defaults;

/// <summary>
/// The environment deploy/k8s/*.yaml and deploy/docker/*.Dockerfile give a process, on free loopback
/// ports: Production, the Redis connection string, the cluster ids, the Orleans ports, the ingest key.
/// </summary>
public sealed class ContainerEnvironment(string redis)
{
    public const string ApiKey = "container-ingest-key";

    /// <summary>Production refuses to start with nobody able to sign in: one configured user, as a manifest's secret would give.</summary>
    public static readonly IReadOnlyDictionary<string, string> DashboardAccess = new Dictionary<string, string>
    {
        ["Access__Users__liaison__Role"] = "liaison",
        ["Access__Users__liaison__PasswordHash"] = RunningSystem.PasswordHash,
    };

    public string ClusterId { get; } = "ctr-" + Guid.NewGuid().ToString("N")[..8];

    public int GatewayPort { get; } = RedisServer.FreePort();

    public Dictionary<string, string> Silo(string aspNetCoreUrls) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_URLS"] = aspNetCoreUrls,
        ["ConnectionStrings__redis"] = redis,
        ["Orleans__ClusterId"] = ClusterId,
        ["Orleans__ServiceId"] = "philly311-ops",
        ["Orleans__SiloPort"] = ContainerProcess.Port(RedisServer.FreePort()),
        ["Orleans__GatewayPort"] = ContainerProcess.Port(GatewayPort),
        ["Ingest__ApiKey"] = ApiKey,
    };

    /// <summary>What the manifest adds to a silo image's own ENV (on free loopback ports; Redis without its password, being loopback).</summary>
    public Dictionary<string, string> SiloManifest() => new()
    {
        ["ConnectionStrings__redis"] = redis,
        ["Orleans__ClusterId"] = ClusterId,
        ["Orleans__ServiceId"] = "philly311-ops",
        ["Orleans__SiloPort"] = ContainerProcess.Port(RedisServer.FreePort()),
        ["Orleans__GatewayPort"] = ContainerProcess.Port(GatewayPort),
        ["Ingest__ApiKey"] = ApiKey,
    };

    /// <summary>What the manifest adds to the dashboard image's own ENV, with its access secret (<c>envFrom</c>) holding one user.</summary>
    public Dictionary<string, string> DashboardManifest() => new(DashboardAccess)
    {
        ["ConnectionStrings__redis"] = redis,
        ["Orleans__ClusterId"] = ClusterId,
        ["Orleans__ServiceId"] = "philly311-ops",
    };

    /// <summary>The dashboard gets the aspnet image's own variable, ASPNETCORE_HTTP_PORTS (all interfaces).</summary>
    public Dictionary<string, string> Dashboard(int httpPort) => new(DashboardAccess)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_HTTP_PORTS"] = ContainerProcess.Port(httpPort),
        ["ConnectionStrings__redis"] = redis,
        ["Orleans__ClusterId"] = ClusterId,
        ["Orleans__ServiceId"] = "philly311-ops",
    };
}
