using System.Net;
using Microsoft.Extensions.Options;
using Orleans.Clustering.Redis;
using Orleans.Configuration;
using Orleans.Persistence;
using Philly311.Ops.ServiceDefaults.Cluster;
using Philly311.Ops.ServiceDefaults.Health;

namespace Philly311.Ops.Silo.Cluster;

public static class ClusterExtensions
{
    /// <summary>
    /// One Orleans silo per host, clustered through Redis: any number of silos on the same Redis and
    /// cluster id form one cluster. Grain state and reminders live in the same Redis. Redis and the ids come
    /// from <see cref="OpsClusterOptions"/> (AddOpsDefaults), resolved when Orleans reads its options, so a
    /// missing setting fails the start with the validator's message instead of being guessed here.
    /// </summary>
    public static WebApplicationBuilder AddOpsCluster(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var advertised = IPAddress.Parse(config["Orleans:AdvertisedIP"] ?? "127.0.0.1");
        var siloPort = config.GetValue("Orleans:SiloPort", 11111);
        var gatewayPort = config.GetValue("Orleans:GatewayPort", 30000);

        builder.UseOrleans(silo =>
        {
            silo.ConfigureEndpoints(advertised, siloPort, gatewayPort, listenOnAnyHostAddress: advertised.Equals(IPAddress.Any));
            // Empty here, set below from OpsClusterOptions once the container resolves it.
            silo.UseRedisClustering(_ => { });
            silo.AddRedisGrainStorageAsDefault(storage => storage.Configure<IOptions<OpsClusterOptions>>(
                (o, ops) => o.ConfigurationOptions = ops.Value.CreateRedisConfiguration()));
            silo.UseRedisReminderService(_ => { });
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, RedisBeforeJoin>();
        });
        var services = builder.Services;
        services.AddOptions<ClusterOptions>().Configure<IOptions<OpsClusterOptions>>((o, ops) =>
        {
            o.ClusterId = ops.Value.ClusterId;
            o.ServiceId = ops.Value.ServiceId;
        });
        services.AddOptions<RedisClusteringOptions>().Configure<IOptions<OpsClusterOptions>>(
            (o, ops) => o.ConfigurationOptions = ops.Value.CreateRedisConfiguration());
        services.AddOptions<RedisReminderTableOptions>().Configure<IOptions<OpsClusterOptions>>(
            (o, ops) => o.ConfigurationOptions = ops.Value.CreateRedisConfiguration());
        // A dead silo's figure grains come back elsewhere only once the cluster has declared it dead. The defaults
        // (probe every 5 s, 3 misses) take ~15 s, longer than screens may stay silent; a probe to a killed process fails
        // at once (connection refused), so 2 misses at 2 s declare it in ~4 s, and 2 s still rides out a GC pause or a
        // saturated core without evicting a healthy silo.
        services.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(2);
            o.NumMissedProbesLimit = 2;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(5);
        });
        services.AddHealthChecks().AddCheck<SiloActiveHealthCheck>("orleans-silo", tags: [OpsHealthTags.Ready]);
        return builder;
    }
}
