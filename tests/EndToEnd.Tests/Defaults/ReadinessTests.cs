using System.Net;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.EndToEnd.Tests.Defaults;

/// <summary>
/// Readiness follows Redis: 503 while it is gone or does not answer, 200 again when it is back, and the
/// process neither dies nor stops being live meanwhile.
/// </summary>
[Collection(DefaultsCollection.Name)]
public sealed class ReadinessTests : IAsyncLifetime
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private readonly RestartableRedis _redis = new();

    [Fact]
    public async Task ReadinessIs503WhileRedisIsDownAndLivenessStays200UntilRedisReturns()
    {
        var (silo, siloUrl, dashboard, dashboardUrl) = await StartReadySiloAndDashboardAsync();
        await using var stopSilo = silo;
        await using var stopDashboard = dashboard;

        await _redis.KillAsync();

        await silo.WaitForStatusAsync(siloUrl + "/health/ready", HttpStatusCode.ServiceUnavailable, Limit);
        await dashboard.WaitForStatusAsync(dashboardUrl + "/health/ready", HttpStatusCode.ServiceUnavailable, Limit);
        (await ContainerProcess.StatusAsync(siloUrl + "/healthz")).ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await ContainerProcess.StatusAsync(siloUrl + "/health/live")).ShouldBe(HttpStatusCode.OK);
        (await ContainerProcess.StatusAsync(dashboardUrl + "/health/live")).ShouldBe(HttpStatusCode.OK);

        await _redis.StartAsync();

        await silo.WaitForStatusAsync(siloUrl + "/health/ready", HttpStatusCode.OK, Limit);
        await dashboard.WaitForStatusAsync(dashboardUrl + "/health/ready", HttpStatusCode.OK, Limit);
        silo.HasExited.ShouldBeFalse();
        dashboard.HasExited.ShouldBeFalse();
    }

    [Fact]
    public async Task ARedisThatStopsAnsweringMakesTheSiloNotReadyWithoutStoppingIt()
    {
        var environment = new ContainerEnvironment(_redis.ConnectionString);
        var siloUrl = $"http://127.0.0.1:{RedisServer.FreePort()}";
        await _redis.StartAsync();
        await using var silo = ContainerProcess.StartSilo(environment.Silo(siloUrl));
        await silo.WaitForStatusAsync(siloUrl + "/health/ready", HttpStatusCode.OK, Limit);

        await _redis.PauseAsync(TimeSpan.FromSeconds(8));

        await silo.WaitForStatusAsync(siloUrl + "/health/ready", HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(8));
        (await ContainerProcess.StatusAsync(siloUrl + "/health/live")).ShouldBe(HttpStatusCode.OK);
        await silo.WaitForStatusAsync(siloUrl + "/health/ready", HttpStatusCode.OK, Limit);
        silo.HasExited.ShouldBeFalse();
    }

    [Fact]
    public async Task ARedisThatStopsAnsweringMakesTheDashboardNotReadyWithoutStoppingIt()
    {
        var (silo, siloUrl, dashboard, dashboardUrl) = await StartReadySiloAndDashboardAsync();
        await using var stopSilo = silo;
        await using var stopDashboard = dashboard;

        await _redis.PauseAsync(TimeSpan.FromSeconds(10));

        await dashboard.WaitForStatusAsync(dashboardUrl + "/health/ready", HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        dashboard.HasExited.ShouldBeFalse(dashboard.Output);
        await dashboard.WaitForStatusAsync(dashboardUrl + "/health/ready", HttpStatusCode.OK, Limit);
    }

    [Fact]
    public async Task ASiloStartedBeforeItsRedisIsLiveNotReadyAndJoinsWhenRedisArrives()
    {
        var environment = new ContainerEnvironment(_redis.ConnectionString);
        var siloUrl = $"http://127.0.0.1:{RedisServer.FreePort()}";

        await using var silo = ContainerProcess.StartSilo(environment.Silo(siloUrl));

        await silo.WaitForStatusAsync(siloUrl + "/health/live", HttpStatusCode.OK, Limit);
        (await ContainerProcess.StatusAsync(siloUrl + "/health/ready")).ShouldBe(HttpStatusCode.ServiceUnavailable);
        await _redis.StartAsync();
        await silo.WaitForStatusAsync(siloUrl + "/health/ready", HttpStatusCode.OK, Limit);
        silo.HasExited.ShouldBeFalse();
    }

    /// <summary>Redis up, then a silo and a dashboard started as a container would start them, both ready.</summary>
    private async Task<(ContainerProcess Silo, string SiloUrl, ContainerProcess Dashboard, string DashboardUrl)> StartReadySiloAndDashboardAsync()
    {
        var environment = new ContainerEnvironment(_redis.ConnectionString);
        var siloUrl = $"http://127.0.0.1:{RedisServer.FreePort()}";
        var dashboardPort = RedisServer.FreePort();
        var dashboardUrl = $"http://127.0.0.1:{dashboardPort}";
        await _redis.StartAsync();
        var silo = ContainerProcess.StartSilo(environment.Silo(siloUrl));
        ContainerProcess? dashboard = null;
        try
        {
            await silo.WaitForStatusAsync(siloUrl + "/health/ready", HttpStatusCode.OK, Limit);
            dashboard = ContainerProcess.StartDashboard(environment.Dashboard(dashboardPort));
            await dashboard.WaitForStatusAsync(dashboardUrl + "/health/ready", HttpStatusCode.OK, Limit);
            return (silo, siloUrl, dashboard, dashboardUrl);
        }
        catch
        {
            // Not handed to the test yet, so nobody else would stop them.
            if (dashboard is not null) await dashboard.DisposeAsync();
            await silo.DisposeAsync();
            throw;
        }
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _redis.DisposeAsync();
}
