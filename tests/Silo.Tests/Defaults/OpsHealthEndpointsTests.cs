using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Philly311.Ops.ServiceDefaults.Health;

namespace Philly311.Ops.Silo.Tests.Defaults;

public sealed class OpsHealthEndpointsTests
{
    [Fact]
    public async Task ADegradedReadinessCheckAnswers503AndLivenessIgnoresIt()
    {
        await using var app = await StartAsync(checks => checks
            .AddCheck("dependency", () => HealthCheckResult.Degraded("half there"), tags: [OpsHealthTags.Ready]));
        using var http = app.GetTestClient();

        var ready = await http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var legacy = await http.GetAsync("/healthz", TestContext.Current.CancellationToken);
        var live = await http.GetAsync("/health/live", TestContext.Current.CancellationToken);

        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("half there");
        legacy.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnUntaggedCheckNeverTakesTheProcessOutOfReadiness()
    {
        await using var app = await StartAsync(checks => checks
            .AddCheck("dependency", () => HealthCheckResult.Healthy(), tags: [OpsHealthTags.Ready])
            .AddCheck("feed-detail", () => HealthCheckResult.Unhealthy("stale")));
        using var http = app.GetTestClient();

        var ready = await http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var legacy = await http.GetAsync("/healthz", TestContext.Current.CancellationToken);

        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        legacy.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("feed-detail");
    }

    [Fact]
    public async Task AnUnhealthyReadinessCheckAnswers503()
    {
        await using var app = await StartAsync(checks => checks
            .AddCheck("redis", () => HealthCheckResult.Unhealthy("gone"), tags: [OpsHealthTags.Ready]));
        using var http = app.GetTestClient();

        var ready = await http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var live = await http.GetAsync("/health/live", TestContext.Current.CancellationToken);

        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<WebApplication> StartAsync(Action<IHealthChecksBuilder> checks)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        checks(builder.Services.AddHealthChecks());
        var app = builder.Build();
        app.MapOpsHealthEndpoints();
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }
}
