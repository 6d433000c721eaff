using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Philly311.Ops.ServiceDefaults.Cluster;
using Philly311.Ops.ServiceDefaults.Health;
using Philly311.Ops.ServiceDefaults.Hosting;
using Philly311.Ops.ServiceDefaults.Redis;
using Philly311.Ops.ServiceDefaults.Telemetry;

namespace Philly311.Ops.ServiceDefaults;

/// <summary>What every Philly311.Ops process shares, in the way of eShop's ServiceDefaults.</summary>
public static class OpsDefaultsExtensions
{
    /// <summary>
    /// Cluster settings (bound, validated when the host starts), the one Redis multiplexer, host options,
    /// OpenTelemetry and the health-check registry (checks tagged <see cref="OpsHealthTags.Ready"/> make
    /// readiness). Call it before the features: they read <see cref="OpsClusterOptions"/> and the multiplexer.
    /// </summary>
    public static IHostApplicationBuilder AddOpsDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OpsClusterOptions>().ValidateOnStart();
        builder.Services.AddSingleton<IConfigureOptions<OpsClusterOptions>, OpsClusterOptionsSetup>();
        builder.Services.AddSingleton<IValidateOptions<OpsClusterOptions>, OpsClusterOptionsValidator>();
        builder.AddOpsHosting();
        builder.AddOpsRedis();
        builder.AddOpsTelemetry();
        return builder;
    }

    /// <summary>Maps <c>/health/live</c>, <c>/health/ready</c> and <c>/healthz</c> (= ready).</summary>
    public static WebApplication MapOpsDefaults(this WebApplication app)
    {
        app.MapOpsHealthEndpoints();
        return app;
    }
}
