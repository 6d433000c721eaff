using System.Net;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Cluster;

public static class ClusterExtensions
{
    /// <summary>
    /// One Orleans silo per host, clustered through Redis: any number of silos on the same Redis and
    /// cluster id form one cluster. Grain state and reminders live in the same Redis.
    /// </summary>
    public static WebApplicationBuilder AddOpsCluster(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var redis = ConfigurationOptions.Parse(config.GetConnectionString("redis") ?? "127.0.0.1:6379");
        var advertised = IPAddress.Parse(config["Orleans:AdvertisedIP"] ?? "127.0.0.1");
        var siloPort = config.GetValue("Orleans:SiloPort", 11111);
        var gatewayPort = config.GetValue("Orleans:GatewayPort", 30000);

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = config["Orleans:ClusterId"] ?? "philly311";
                o.ServiceId = config["Orleans:ServiceId"] ?? "philly311-ops";
            });
            silo.ConfigureEndpoints(advertised, siloPort, gatewayPort, listenOnAnyHostAddress: advertised.Equals(IPAddress.Any));
            silo.UseRedisClustering(o => o.ConfigurationOptions = redis.Clone());
            silo.AddRedisGrainStorageAsDefault(o => o.ConfigurationOptions = redis.Clone());
            silo.UseRedisReminderService(o => o.ConfigurationOptions = redis.Clone());
        });
        return builder;
    }
}
