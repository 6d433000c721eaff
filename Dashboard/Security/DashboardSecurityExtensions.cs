using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Philly311.Ops.Dashboard.Hub;

namespace Philly311.Ops.Dashboard.Security;

public static class DashboardSecurityExtensions
{
    /// <summary>
    /// SignalR logs a throw in OnConnected at Error with its stack trace under this category, a refused connection
    /// included; <see cref="HubConnectionCap"/> logs those itself, at the level each deserves.
    /// </summary>
    public const string ConnectionHandlerCategory = "Microsoft.AspNetCore.SignalR.HubConnectionHandler";

    /// <summary>Options, the per-client hub connection cap on <see cref="OpsHub"/>, and the log filter it relies on.</summary>
    public static WebApplicationBuilder AddDashboardSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DashboardSecurityOptions>().Bind(builder.Configuration.GetSection(DashboardSecurityOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DashboardSecurityOptions>, DashboardSecurityOptionsValidator>();
        builder.Services.AddSingleton<HubConnectionCap>();
        // AddHubOptions, not Configure<HubOptions<OpsHub>>: only it makes SignalR read the per-hub options (copying the
        // global ones, HubFailureLogging included, first); AddSignalR again is a no-op.
        builder.Services.AddSignalR().AddHubOptions<OpsHub>(hub => hub.AddFilter<HubConnectionCap>());
        // Warnings only (as appsettings' "Microsoft.AspNetCore": "Warning" lets through): its Errors are the throws above.
        builder.Logging.AddFilter(ConnectionHandlerCategory, level => level == LogLevel.Warning);
        return builder;
    }

    /// <summary>CSP, nosniff, Referrer-Policy, Permissions-Policy and frame denial on every response.</summary>
    public static WebApplication UseDashboardSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        return app;
    }
}
