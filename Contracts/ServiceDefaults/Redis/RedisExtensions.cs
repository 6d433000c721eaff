using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Philly311.Ops.ServiceDefaults.Cluster;
using Philly311.Ops.ServiceDefaults.Health;
using StackExchange.Redis;

namespace Philly311.Ops.ServiceDefaults.Redis;

public static class RedisExtensions
{
    /// <summary>
    /// One multiplexer per process. The factory only hands out what <see cref="RedisConnection"/> made while
    /// the host was starting; it never connects, so resolving it cannot block a thread.
    /// </summary>
    public static IHostApplicationBuilder AddOpsRedis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidateOptions<OpsClusterOptions>, RedisPasswordValidator>();
        builder.Services.AddSingleton<RedisConnection>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RedisConnection>());
        builder.Services.AddSingleton<IConnectionMultiplexer>(sp => sp.GetRequiredService<RedisConnection>().RequiredMultiplexer);
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [OpsHealthTags.Ready]);
        return builder;
    }
}
