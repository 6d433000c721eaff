namespace Philly311.Ops.Dashboard.Queues;

public static class QueueBoardExtensions
{
    /// <summary>One <see cref="QueueFeed"/> and one queue observer per process, kept subscribed to the queue grains its screens need.</summary>
    public static WebApplicationBuilder AddQueueBoard(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<QueueFeed>();
        builder.Services.AddSingleton<QueueObserver>();
        builder.Services.AddHostedService<QueueSubscriptionService>();
        return builder;
    }
}
