namespace Philly311.Ops.Dashboard.Live;

public static class LiveBoardExtensions
{
    /// <summary>One <see cref="LiveBoardFeed"/> and one figure observer per process, kept subscribed to the grains its screens need.</summary>
    public static WebApplicationBuilder AddLiveBoard(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LiveBoardFeed>();
        builder.Services.AddSingleton<FigureObserver>();
        builder.Services.AddSingleton<FigureGrains>();
        builder.Services.AddHostedService<FigureSubscriptionService>();
        builder.Services.AddHealthChecks().AddCheck<LiveBoardHealthCheck>("live-board");
        return builder;
    }
}
