using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Philly311.Ops.Dashboard.Cluster;

namespace Philly311.Ops.Dashboard.Tests.Cluster;

public sealed class ClusterClientHealthCheckTests
{
    private readonly ApplicationLifetime _lifetime = new(NullLogger<ApplicationLifetime>.Instance);
    private readonly ClusterConnectionState _state = new();

    [Fact]
    public async Task NotReadyUntilTheClientHasStarted()
    {
        var result = await CheckAsync();

        result.Status.ShouldBe(HealthStatus.Unhealthy);
    }

    [Fact]
    public async Task ReadyOnceStartedAndNotReadyWhenEveryGatewayIsLost()
    {
        _lifetime.NotifyStarted();
        var started = await CheckAsync();

        _state.NotifyClusterConnectionLost();
        var lost = await CheckAsync();

        started.Status.ShouldBe(HealthStatus.Healthy);
        lost.Status.ShouldBe(HealthStatus.Unhealthy);
    }

    [Fact]
    public async Task ReadyAgainWhenAGatewayComesBack()
    {
        _lifetime.NotifyStarted();
        _state.NotifyGatewayCountChanged(0, 1, connectionRecovered: false);
        var none = await CheckAsync();

        _state.NotifyGatewayCountChanged(1, 0, connectionRecovered: true);
        var back = await CheckAsync();

        none.Status.ShouldBe(HealthStatus.Unhealthy);
        back.Status.ShouldBe(HealthStatus.Healthy);
        back.Description.ShouldNotBeNull().ShouldContain("1 gateways");
    }

    private Task<HealthCheckResult> CheckAsync() =>
        new ClusterClientHealthCheck(_lifetime, _state).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);
}
