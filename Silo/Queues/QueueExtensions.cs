using Microsoft.Extensions.Options;

namespace Philly311.Ops.Silo.Queues;

public static class QueueExtensions
{
    /// <summary>What the queue grains need: their settings (validated at start), the forwarder to the router, the breach log.</summary>
    public static IServiceCollection AddQueueServices(this IServiceCollection services)
    {
        services.AddOptions<QueueOptions>().BindConfiguration(QueueOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<QueueOptions>, QueueOptionsValidator>();
        services.AddSingleton<IQueueForwarder, QueueRouterForwarder>();
        services.AddSingleton<QueueBreachLog>();
        return services;
    }
}
