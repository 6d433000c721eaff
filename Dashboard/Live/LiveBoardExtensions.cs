namespace Philly311.Ops.Dashboard.Live;

public static class LiveBoardExtensions
{
    /// <summary>One <see cref="LiveBoardFeed"/> per process, kept subscribed to the board grain.</summary>
    public static WebApplicationBuilder AddLiveBoard(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LiveBoardFeed>();
        builder.Services.AddHostedService<BoardSubscriptionService>();
        builder.Services.AddHealthChecks().AddCheck<LiveBoardHealthCheck>("live-board");
        return builder;
    }
}
