using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Philly311.Ops.ServiceDefaults.Cluster;

/// <summary>
/// Binds <see cref="OpsClusterOptions"/> from the keys every launcher already uses. Only Development gets
/// defaults for what is missing: a production process that silently talked to a local Redis would count
/// into the wrong place, so there a missing setting fails validation instead.
/// </summary>
public sealed class OpsClusterOptionsSetup(IConfiguration configuration, IHostEnvironment environment) : IConfigureOptions<OpsClusterOptions>
{
    public const string DevelopmentRedis = "127.0.0.1:6379";
    public const string DevelopmentClusterId = "philly311";
    public const string DevelopmentServiceId = "philly311-ops";

    public void Configure(OpsClusterOptions options)
    {
        options.RedisConnectionString = configuration[OpsClusterOptions.RedisKey] ?? "";
        options.ClusterId = configuration[OpsClusterOptions.ClusterIdKey] ?? "";
        options.ServiceId = configuration[OpsClusterOptions.ServiceIdKey] ?? "";
        if (!environment.IsDevelopment()) return;
        if (string.IsNullOrWhiteSpace(options.RedisConnectionString)) options.RedisConnectionString = DevelopmentRedis;
        if (string.IsNullOrWhiteSpace(options.ClusterId)) options.ClusterId = DevelopmentClusterId;
        if (string.IsNullOrWhiteSpace(options.ServiceId)) options.ServiceId = DevelopmentServiceId;
    }
}
