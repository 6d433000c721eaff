using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Philly311.Ops.Dashboard.Alerts;

public static class AlertExtensions
{
    /// <summary>
    /// Thresholds (config, validated at start, plus the director's overrides in Redis), the evaluator fed by the queue
    /// and breach feeds (so after <c>AddQueueBoard</c>/<c>AddBreachBoard</c>), the strip's state and the shared log.
    /// </summary>
    public static WebApplicationBuilder AddAlerts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AlertThresholds>();
        services.AddSingleton<AlertLog>();
        services.AddSingleton<ActiveAlerts>();
        services.AddHostedService<AlertWatch>();
        return builder;
    }
}
