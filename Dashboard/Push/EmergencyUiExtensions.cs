namespace Philly311.Ops.Dashboard.Push;

public static class EmergencyUiExtensions
{
    /// <summary>The events, FAQ and push screens' live feed (one observer per process).</summary>
    public static WebApplicationBuilder AddEmergencyScreens(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EmergencyFeed>();
        builder.Services.AddScoped<Auditor>();
        builder.Services.AddHostedService<EmergencySubscriptions>();
        return builder;
    }

    /// <summary>The after-action exports (CSV, JSON); the pages route themselves.</summary>
    public static IEndpointRouteBuilder MapEmergencyScreens(this IEndpointRouteBuilder app) => Events.AfterActionEndpoints.MapAfterAction(app);
}
