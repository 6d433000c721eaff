using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace Philly311.Ops.Silo.Cluster;

/// <summary>Ready only while this silo is an Active member: joining, shutting down or declared dead, it cannot host grains.</summary>
public sealed class SiloActiveHealthCheck(ISiloStatusOracle oracle) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = oracle.CurrentStatus;
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy("Silo is active in the cluster")
            : HealthCheckResult.Unhealthy($"Silo is {status}"));
    }
}
