using Philly311.Ops.Contracts.Hub;
using StackExchange.Redis;

namespace Philly311.Ops.Dashboard.Hub;

public static class OpsHubExtensions
{
    /// <summary>SignalR with the Redis backplane, so a group send reaches subscribers on every dashboard process.</summary>
    public static WebApplicationBuilder AddOpsHub(this WebApplicationBuilder builder)
    {
        var redis = builder.Configuration.GetConnectionString("redis") ?? "127.0.0.1:6379";
        builder.Services.AddSignalR().AddStackExchangeRedis(redis, o =>
        {
            // Per cluster, like the broadcast lease: one Redis may carry more than one deployment's backplane.
            o.Configuration.ChannelPrefix = RedisChannel.Literal("philly311-ops:" + (builder.Configuration["Orleans:ClusterId"] ?? "philly311"));
            o.Configuration.AbortOnConnectFail = false;
        });
        builder.Services.AddSingleton<BroadcastLease>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BroadcastLease>());
        builder.Services.AddHostedService<OpsHubBroadcaster>();
        return builder;
    }

    public static WebApplication MapOpsHub(this WebApplication app)
    {
        app.MapHub<OpsHub>(OpsGroups.HubPath);
        return app;
    }
}
