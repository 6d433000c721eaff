namespace Philly311.Ops.Dashboard.Push;

public static class EmergencyUiExtensions
{
    /// <summary>The events, FAQ and push screens' live feed (one observer per process).</summary>
    public static WebApplicationBuilder AddEmergencyScreens(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EmergencyFeed>();
        builder.Services.AddHostedService<EmergencySubscriptions>();
        return builder;
    }
}
