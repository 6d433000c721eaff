using Microsoft.Extensions.Options;
using Philly311.Ops.Silo.Counters;
using Philly311.Ops.Silo.Geography;

namespace Philly311.Ops.Silo.Breaches;

public static class BreachExtensions
{
    /// <summary>Request SLA breaches: the SLA table, the commit's nudge and the cluster's one sweep (needs AddCounters).</summary>
    public static WebApplicationBuilder AddBreaches(this WebApplicationBuilder builder)
    {
        builder.Services.AddBreachServices();
        return builder;
    }

    /// <summary>What the breach sweep needs besides the counters (the test cluster calls this too).</summary>
    public static IServiceCollection AddBreachServices(this IServiceCollection services)
    {
        services.AddOptions<BreachOptions>().BindConfiguration(BreachOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BreachOptions>, BreachOptionsValidator>();
        services.AddSingleton<SlaTable>();
        services.AddSingleton<IBreachForwarder, BreachForwarder>();
        services.AddSingleton<BreachStore>();
        services.AddSingleton(sp => new BreachFrameComposer(
            sp.GetRequiredService<CityMap>(), new CounterKeys(sp.GetRequiredService<IOptions<CounterOptions>>().Value.KeyPrefix).RecordPrefix));
        services.AddHostedService<BreachSweepKeeper>();
        return services;
    }
}
