using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Philly311.Ops.ServiceDefaults.Health;

public static class OpsHealthEndpoints
{
    public const string Live = "/health/live";
    public const string Ready = "/health/ready";

    /// <summary>Kept because run.sh's predecessors, the end-to-end tests and the load-test hosts poll it; answers exactly what <see cref="Ready"/> answers.</summary>
    public const string LegacyReady = "/healthz";

    /// <summary>
    /// Liveness runs no check at all: a restart cannot fix a Redis outage, so a dependency must never make
    /// the orchestrator kill a process that would recover by itself. Readiness counts only the
    /// <see cref="OpsHealthTags.Ready"/> checks, and Degraded answers 503 like Unhealthy: "half ready" still
    /// means "send your traffic elsewhere".
    /// </summary>
    public static IEndpointRouteBuilder MapOpsHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Live, new HealthCheckOptions { Predicate = _ => false });
        var ready = new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(OpsHealthTags.Ready),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = HealthReportWriter.WriteAsync,
        };
        app.MapHealthChecks(Ready, ready);
        app.MapHealthChecks(LegacyReady, ready);
        return app;
    }
}
