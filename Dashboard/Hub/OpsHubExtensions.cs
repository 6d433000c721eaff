using Microsoft.AspNetCore.SignalR;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Dashboard.Access;

namespace Philly311.Ops.Dashboard.Hub;

public static class OpsHubExtensions
{
    /// <summary>
    /// SignalR without a backplane: every dashboard process subscribes to the grains for its own connections and sends
    /// only to them, so no frame has to travel through Redis and no process's death silences another's clients.
    /// </summary>
    public static WebApplicationBuilder AddOpsHub(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR(o => o.AddFilter<HubFailureLogging>());
        // The dispatcher logs every exception a hub method throws at Error with its stack trace, a refused Join
        // included (issue 10); HubFailureLogging logs them instead, at the level each deserves.
        builder.Logging.AddFilter(HubFailureLogging.DispatcherCategory, LogLevel.None);
        builder.Services.AddSingleton<KeyedFigures>();
        builder.Services.AddSingleton<GroupMembership>();
        builder.Services.AddSingleton<CityFramePublisher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CityFramePublisher>());
        // Queue and push groups send what QueueFeed (AddQueueBoard) and EmergencyFeed (AddEmergencyScreens) hold.
        builder.Services.AddSingleton<QueueFramePublisher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<QueueFramePublisher>());
        builder.Services.AddSingleton<PushFramePublisher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PushFramePublisher>());
        return builder;
    }

    public static WebApplication MapOpsHub(this WebApplication app)
    {
        // Anonymous clients can't even negotiate (401); what a signed-in one may join is OpsHub's check.
        app.MapHub<OpsHub>(OpsGroups.HubPath).RequireAuthorization(OpsPolicies.Reader);
        return app;
    }
}
