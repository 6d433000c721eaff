using Philly311.Ops.Silo.Figures;
using Philly311.Ops.Silo.Geography;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Counters;

public static class CounterExtensions
{
    public static WebApplicationBuilder AddCounters(this WebApplicationBuilder builder)
    {
        var connection = builder.Configuration.GetConnectionString("redis") ?? "127.0.0.1:6379";
        builder.Services.AddOptions<CounterOptions>().Bind(builder.Configuration.GetSection(CounterOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(connection);
            return ConnectionMultiplexer.Connect(options);
        });
        builder.Services.AddCounterServices();
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        return builder;
    }

    /// <summary>What the counters and the board grain need besides a Redis connection (the test cluster brings its own).</summary>
    public static IServiceCollection AddCounterServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => CityMap.LoadDefault());
        services.AddSingleton<CounterStore>();
        services.AddSingleton<GroupCommit>();
        services.AddSingleton<BoardSnapshotComposer>();
        services.AddFigureServices();
        services.AddHostedService<RecordRetention>();
        return services;
    }
}
