using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Philly311.Ops.Dashboard.Breaches;

public static class BreachBoardExtensions
{
    /// <summary>One <see cref="BreachFeed"/> per process, kept subscribed to the breach grain, for the board and the map.</summary>
    public static WebApplicationBuilder AddBreachBoard(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<BreachFeed>();
        builder.Services.AddSingleton<BreachObserver>();
        builder.Services.AddSingleton<NeighborhoodBreachFeed>();
        builder.Services.AddSingleton<Board.IBreachCounts, FeedBreachCounts>();
        builder.Services.AddHostedService<BreachSubscriptionService>();
        return builder;
    }
}
