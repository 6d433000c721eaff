using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Philly311.Ops.Dashboard.Cluster;

/// <summary>
/// Ready when the Orleans client has connected (the host has started, and the client's start only returns
/// once it reached a gateway) and Orleans has not since reported the connection lost.
/// </summary>
public sealed class ClusterClientHealthCheck(IHostApplicationLifetime lifetime, ClusterConnectionState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!lifetime.ApplicationStarted.IsCancellationRequested)
            return Task.FromResult(HealthCheckResult.Unhealthy("Orleans client not connected yet"));
        return Task.FromResult(state.LostSinceLastReport
            ? HealthCheckResult.Unhealthy("Orleans client lost every gateway; reconnecting")
            : HealthCheckResult.Healthy($"Orleans client connected ({state.Gateways?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} gateways)"));
    }
}
