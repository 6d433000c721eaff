using System.Net;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.EndToEnd.Tests.Defaults;

/// <summary>Started like a container (environment only, no --urls), each process listens where the variables say.</summary>
[Collection(DefaultsCollection.Name)]
public sealed class ContainerStartTests : IAsyncLifetime
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly RedisServer _redis = new();

    [Fact]
    public async Task SiloAndDashboardListenWhereTheEnvironmentSaysAndGetReady()
    {
        var environment = new ContainerEnvironment($"127.0.0.1:{_redis.Port}");
        var siloUrl = $"http://127.0.0.1:{RedisServer.FreePort()}";
        var dashboardPort = RedisServer.FreePort();
        var dashboardUrl = $"http://127.0.0.1:{dashboardPort}";

        await using var silo = ContainerProcess.StartSilo(environment.Silo(siloUrl));
        await silo.WaitForStatusAsync(siloUrl + "/health/live", HttpStatusCode.OK, StartLimit);
        await silo.WaitForStatusAsync(siloUrl + "/health/ready", HttpStatusCode.OK, StartLimit);
        await using var dashboard = ContainerProcess.StartDashboard(environment.Dashboard(dashboardPort));
        await dashboard.WaitForStatusAsync(dashboardUrl + "/health/live", HttpStatusCode.OK, StartLimit);
        await dashboard.WaitForStatusAsync(dashboardUrl + "/health/ready", HttpStatusCode.OK, StartLimit);

        (await ContainerProcess.StatusAsync(siloUrl + "/healthz")).ShouldBe(HttpStatusCode.OK);
        (await ContainerProcess.StatusAsync(dashboardUrl + "/healthz")).ShouldBe(HttpStatusCode.OK);
        silo.Output.ShouldContain("Now listening on: " + siloUrl);
        dashboard.Output.ShouldContain($"Now listening on: http://[::]:{dashboardPort}");
    }

    public ValueTask InitializeAsync() => _redis.InitializeAsync();

    public ValueTask DisposeAsync() => _redis.DisposeAsync();
}
