using Philly311.Ops.Silo.Figures;
using Philly311.Ops.Silo.Geography;

namespace Philly311.Ops.Silo.Counters;

public static class CounterExtensions
{
    /// <summary>The Redis connection and its health check come from AddOpsDefaults (one multiplexer per process).</summary>
    public static WebApplicationBuilder AddCounters(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CounterOptions>().Bind(builder.Configuration.GetSection(CounterOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddCounterServices();
        return builder;
    }

    /// <summary>What the counters and the figure grains need besides a Redis connection (the test cluster brings its own).</summary>
    public static IServiceCollection AddCounterServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => CityMap.LoadDefault());
        services.AddSingleton<CounterStore>();
        services.AddSingleton<GroupCommit>();
        services.AddSingleton<BoardSnapshotComposer>();
        services.AddFigureServices();
        services.AddSingleton<RecordRetention>();
        services.AddHostedService<RetentionSweep>();
        return services;
    }
}
