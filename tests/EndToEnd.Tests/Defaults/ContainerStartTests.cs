using System.Net;
using Philly311.Ops.EndToEnd.Tests.Deploy;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.EndToEnd.Tests.Defaults;

/// <summary>
/// Each image's entry command started the way its container starts it: the ENTRYPOINT of deploy/docker/X.Dockerfile,
/// only the ENV that Dockerfile sets plus what the k8s manifest adds, no arguments. The one change: the image's port
/// 8080 becomes a free one (a container has its own network; this machine is shared). Then every probe path of the
/// manifest must answer 200 on that port.
/// </summary>
[Collection(DefaultsCollection.Name)]
public sealed class ContainerStartTests : IAsyncLifetime
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly RedisServer _redis = new();

    [Fact]
    public async Task EachImagesEntryCommandListensWhereItsDockerfileSaysAndAnswersItsManifestsProbes()
    {
        var environment = new ContainerEnvironment($"127.0.0.1:{_redis.Port}");

        var (silo, siloPort) = Start("Silo", environment.SiloManifest());
        await using var stopSilo = silo;
        await AnswersProbesAsync(silo, "silo", siloPort);
        var (dashboard, dashboardPort) = Start("Dashboard", environment.DashboardManifest());
        await using var stopDashboard = dashboard;
        await AnswersProbesAsync(dashboard, "dashboard", dashboardPort);

        silo.Output.ShouldContain($"Now listening on: http://[::]:{siloPort}");
        dashboard.Output.ShouldContain($"Now listening on: http://[::]:{dashboardPort}");
        (await ContainerProcess.StatusAsync($"http://127.0.0.1:{siloPort}/healthz")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void TheImagesRunProductionAsANonRootUser()
    {
        foreach (var app in new[] { "Silo", "Dashboard" })
        {
            var image = ContainerImage.Of(app);

            image.BaseImage.ShouldStartWith("mcr.microsoft.com/dotnet/aspnet:", customMessage: $"{app}: the runtime image, not the SDK");
            image.Entrypoint.ShouldBe(["dotnet", $"Philly311.Ops.{app}.dll"]);
            image.User.ShouldNotBeOneOf("", "0", "root");
            image.Environment.ShouldNotContainKey("ASPNETCORE_ENVIRONMENT", "unset means Production: the dev key and dev defaults are refused");
            image.Environment["ASPNETCORE_HTTP_PORTS"].ShouldBe("8080");
        }
    }

    private static (ContainerProcess Process, int Port) Start(string app, Dictionary<string, string> manifest)
    {
        var image = ContainerImage.Of(app);
        var port = RedisServer.FreePort();
        var environment = new Dictionary<string, string>(image.Environment) { ["ASPNETCORE_HTTP_PORTS"] = ContainerProcess.Port(port) };
        foreach (var (key, value) in manifest) environment[key] = value;
        return (ContainerProcess.StartEntrypoint(app, image.Entrypoint, environment), port);
    }

    private static async Task AnswersProbesAsync(ContainerProcess process, string workload, int port)
    {
        var container = K8sManifest.Workload(workload).Containers.Single();
        var paths = new[] { "startupProbe", "livenessProbe", "readinessProbe" }
            .Select(p => container.Map(p).Map("httpGet").Text("path")).OfType<string>().Distinct().ToList();
        paths.ShouldNotBeEmpty();
        foreach (var path in paths) await process.WaitForStatusAsync($"http://127.0.0.1:{port}{path}", HttpStatusCode.OK, StartLimit);
    }

    public ValueTask InitializeAsync() => _redis.InitializeAsync();

    public ValueTask DisposeAsync() => _redis.DisposeAsync();
}
