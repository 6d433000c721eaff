using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Queues;

public static class QueueEndpoints
{
    /// <summary>
    /// <c>GET /api/queues</c> (the city roll-up, listing the queues) and <c>GET /api/queues/{key}</c> (<c>queue:{slug}</c>,
    /// <c>queues:channel:{c}</c>): the frame the queue's grain holds, with staffing and breaches. No resident data in it.
    /// </summary>
    public static IEndpointRouteBuilder MapQueues(this IEndpointRouteBuilder app)
    {
        // Like the snapshot: a reader of the queues needs the key like a sender (issue 9).
        var queues = app.MapGroup("/api/queues").AddEndpointFilter<ApiKeyFilter>();
        queues.MapGet("", (IGrainFactory grains) => Frame(grains, QueueKeys.City));
        queues.MapGet("/{key}", (string key, IGrainFactory grains) => QueueKeys.IsValid(key)
            ? Frame(grains, key)
            : Task.FromResult(IngestProblems.Invalid(new FieldError("key", "key must be queues, queue:{slug} or queues:channel:{channel} (lower-case letters, digits, '-')."))));
        return app;
    }

    private static async Task<IResult> Frame(IGrainFactory grains, string key) =>
        TypedResults.Ok(await grains.GetGrain<IQueueGrain>(key).GetFrameAsync());
}
