using Microsoft.Extensions.Options;
using Philly311.Ops.Silo.Channels;
using Philly311.Ops.Silo.Deliveries;
using Philly311.Ops.Silo.Emergency;
using Philly311.Ops.Silo.Faq;

namespace Philly311.Ops.Silo.Push;

public static class PushExtensions
{
    /// <summary>
    /// Emergency events, the FAQ library, pushes and their channels. Grain state (events) uses the cluster's default
    /// Redis storage; deliveries keep their own Redis keys (<see cref="PushKeys"/>); reminders are the cluster's Redis reminders.
    /// </summary>
    public static WebApplicationBuilder AddEmergencyPush(this WebApplicationBuilder builder)
    {
        builder.AddFaqLibrary();
        builder.AddChannels();
        var services = builder.Services;
        services.AddOptions<PushOptions>().Bind(builder.Configuration.GetSection(PushOptions.Section)).ValidateOnStart()
            .Validate(o => o.Concurrency > 0 && o.MaxAttempts > 0 && o.MaxDeliveries > 0 && o.AckTimeout > TimeSpan.Zero, "Push: Concurrency, MaxAttempts, MaxDeliveries and AckTimeout must be positive.");
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PushOptions>>().Value);
        services.AddSingleton<PushKeys>();
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<PushComposer>();
        services.AddHostedService<PushResumer>();
        services.AddHostedService<DeflectionMapCheck>();
        return builder;
    }

    public static IEndpointRouteBuilder MapEmergencyPush(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/deliveries/{id}/status", StatusCallbackEndpoint.HandleAsync);
        app.MapEventApi();
        return app;
    }
}
