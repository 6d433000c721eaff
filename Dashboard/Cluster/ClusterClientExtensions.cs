using Orleans.Configuration;
using StackExchange.Redis;

namespace Philly311.Ops.Dashboard.Cluster;

public static class ClusterClientExtensions
{
    /// <summary>
    /// An Orleans client of the silos' cluster, found through the same Redis membership table and the
    /// same <c>Orleans:ClusterId</c> / <c>Orleans:ServiceId</c> keys the silo reads.
    /// </summary>
    public static WebApplicationBuilder AddOpsOrleansClient(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var redis = ConfigurationOptions.Parse(config.GetConnectionString("redis") ?? "127.0.0.1:6379");
        // Redis itself may be down when we start; let the multiplexer keep trying instead of failing startup.
        redis.AbortOnConnectFail = false;

        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = config["Orleans:ClusterId"] ?? "philly311";
                o.ServiceId = config["Orleans:ServiceId"] ?? "philly311-ops";
            });
            client.UseRedisClustering(o => o.ConfigurationOptions = redis.Clone());
            client.UseConnectionRetryFilter<KeepTryingRetryFilter>();
            // A call to a dead silo should fail fast so the feed resubscribes, not hang for the 30 s default.
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5));
            // Learn about a replacement silo in seconds, not the 1-minute default (one Redis read per period).
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        });

        // The Orleans client's StartAsync blocks until it reaches a gateway. Starting hosted services
        // concurrently lets Kestrel serve the board (showing "disconnected") and /healthz meanwhile.
        builder.Services.Configure<HostOptions>(o => o.ServicesStartConcurrently = true);
        return builder;
    }
}
