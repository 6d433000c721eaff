using Philly311.Ops.Contracts.Figures;
using Philly311.Ops.Contracts.Time;
using Philly311.Ops.Silo.Counters;

namespace Philly311.Ops.Silo.Ingest;

public static class IngestExtensions
{
    public static WebApplicationBuilder AddIngest(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IngestOptions>().Bind(builder.Configuration.GetSection(IngestOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<IngestOptions>, IngestOptionsValidator>();
        builder.Services.AddSingleton<DimensionCap>();
        builder.Services.AddSingleton(sp => new ServiceRequestNormalizer(
            sp.GetRequiredService<Geography.CityMap>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<IngestOptions>>(), sp.GetRequiredService<DimensionCap>()));
        builder.Services.AddHostedService<IngestWarmup>();
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static IEndpointRouteBuilder MapIngest(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/requests").AddEndpointFilter<ApiKeyFilter>().RequireRateLimiting(Access.IngestRateLimit.PolicyName);
        requests.MapPost("", SingleEventEndpoint.HandleAsync);
        requests.MapPost("/bulk", BulkEndpoint.HandleAsync);

        // Read straight from Redis, not from the board grain, so a reader right after an ack sees it.
        app.MapGet("/api/snapshot", async (CounterStore store, BoardSnapshotComposer composer, TimeProvider clock) =>
        {
            var now = clock.GetUtcNow();
            return TypedResults.Ok(composer.Compose(await store.ReadFiguresAsync("", CityTime.LocalDate(now), FigureDimension.City), now));
        }).AddEndpointFilter<ApiKeyFilter>(); // the whole board: a reader needs the key like a sender (issue 9)
        return app;
    }
}
