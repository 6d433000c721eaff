using Microsoft.Extensions.Options;
using Orleans.Clustering.Redis;
using Orleans.Configuration;
using Philly311.Ops.ServiceDefaults.Cluster;
using Philly311.Ops.ServiceDefaults.Health;

namespace Philly311.Ops.Dashboard.Cluster;

public static class ClusterClientExtensions
{
    /// <summary>
    /// An Orleans client of the silos' cluster, found through the same Redis membership table and the same
    /// cluster and service ids the silo reads: both come from <see cref="OpsClusterOptions"/> (AddOpsDefaults).
    /// </summary>
    public static WebApplicationBuilder AddOpsOrleansClient(this WebApplicationBuilder builder)
    {
        var connection = new ClusterConnectionState();
        builder.Services.AddSingleton(connection);
        builder.UseOrleansClient(client =>
        {
            client.UseRedisClustering(_ => { });
            client.UseConnectionRetryFilter<KeepTryingRetryFilter>();
            client.AddClusterConnectionStatusObserver(connection);
            // A call to a dead silo should fail fast so the feed resubscribes, not hang for the 30 s default.
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5));
            // Learn about a replacement silo in seconds, not the 1-minute default (one Redis read per period).
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        });
        var services = builder.Services;
        services.AddOptions<ClusterOptions>().Configure<IOptions<OpsClusterOptions>>((o, ops) =>
        {
            o.ClusterId = ops.Value.ClusterId;
            o.ServiceId = ops.Value.ServiceId;
        });
        // AbortOnConnectFail is off in the clone: Redis may be down when we start, and the client retries.
        services.AddOptions<RedisClusteringOptions>().Configure<IOptions<OpsClusterOptions>>(
            (o, ops) => o.ConfigurationOptions = ops.Value.CreateRedisConfiguration());
        services.AddHealthChecks().AddCheck<ClusterClientHealthCheck>("orleans-client", tags: [OpsHealthTags.Ready]);
        return builder;
    }
}
