using System.Text.Json;
using System.Text.Json.Serialization;
using Philly311.Ops.Contracts.Events;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Silo.Ingest;
using Philly311.Ops.Silo.Push;

namespace Philly311.Ops.Silo.Emergency;

/// <summary>
/// The machine API of events and pushes (the dashboard calls the grains itself): declare, close, push, read the matrix,
/// cancel, retry. Same <c>X-Api-Key</c> as ingest; the audit trail names the caller "api-key".
/// </summary>
public static class EventEndpoints
{
    public const string ApiCaller = "api-key";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        AllowDuplicateProperties = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    public static IEndpointRouteBuilder MapEventApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter<ApiKeyFilter>();
        api.MapPost("/events", DeclareAsync);
        api.MapGet("/events/{id}", async (string id, IGrainFactory grains) =>
            await grains.GetGrain<IEventGrain>(id).GetAsync() is { Status: not EventStatus.None } e ? Results.Json(e, Json) : NotFound("id", $"No event {id}."));
        api.MapPost("/events/{id}/close", async (string id, IGrainFactory grains) =>
            Results.Json(await grains.GetGrain<IEventGrain>(id).CloseAsync(ApiCaller), Json));
        api.MapPost("/events/{id}/pushes", PushAsync);
        api.MapGet("/pushes/{id}", async (string id, IGrainFactory grains) =>
            await grains.GetGrain<IPushGrain>(id).GetFrameAsync() is { } f ? Results.Json(f, Json) : NotFound("id", $"No push {id}."));
        api.MapGet("/pushes/{id}/deliveries", async (string id, IGrainFactory grains) =>
            Results.Json(await grains.GetGrain<IPushGrain>(id).GetDeliveriesAsync(), Json));
        api.MapPost("/pushes/{id}/cancel", async (string id, IGrainFactory grains) =>
            Results.Json(new { cancelled = await grains.GetGrain<IPushGrain>(id).CancelAsync(ApiCaller) }, Json));
        api.MapPost("/pushes/{id}/retry", async (string id, IGrainFactory grains) =>
            Results.Json(new { retried = await grains.GetGrain<IPushGrain>(id).RetryFailedAsync(ApiCaller) }, Json));
        return app;
    }

    private static async Task<IResult> DeclareAsync(HttpContext http, IGrainFactory grains)
    {
        var (body, error) = await ReadAsync<EventBody>(http);
        if (error is not null) return error;
        if (body!.Kind is null) return IngestProblems.Invalid(new FieldError("kind", "kind is required: " + string.Join(", ", Enum.GetNames<EventKind>().Select(n => JsonNamingPolicy.SnakeCaseLower.ConvertName(n)))));
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 120) return IngestProblems.Invalid(new FieldError("name", "name is required (at most 120 characters)."));
        if (body.Start is null) return IngestProblems.Invalid(new FieldError("start", "start is required (ISO 8601 with an offset)."));
        if (body.PlannedEnd is { } end && end <= body.Start) return IngestProblems.Invalid(new FieldError("planned_end", "planned_end must be after start."));
        var id = body.Id ?? "e" + Guid.NewGuid().ToString("N")[..10];
        if (id.Length > 40 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) return IngestProblems.Invalid(new FieldError("id", "id must be 1-40 letters, digits, '-' or '_'."));
        var declaration = new EventDeclaration(body.Kind.Value, body.Name.Trim(), body.Neighborhoods ?? [], body.Start.Value, body.PlannedEnd, body.Exercise);
        var snapshot = await grains.GetGrain<IEventGrain>(id).DeclareAsync(declaration, ApiCaller);
        return Results.Json(snapshot, Json, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> PushAsync(string id, HttpContext http, IGrainFactory grains)
    {
        var (body, error) = await ReadAsync<PushBody>(http);
        if (error is not null) return error;
        var started = await grains.GetGrain<IEventGrain>(id).PushAsync(new PushRequest(id, body!.Items ?? [], body.Languages ?? [], body.Channels ?? []), ApiCaller);
        return started.Started
            ? Results.Json(new { push_id = started.PushId, deliveries = started.Deliveries }, Json, statusCode: StatusCodes.Status202Accepted)
            : IngestProblems.Invalid(new FieldError(started.ErrorField!, started.Error!), started.ErrorField == "event_id" ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
    }

    private static async Task<(T? Body, IResult? Error)> ReadAsync<T>(HttpContext http)
    {
        if (http.Request.ContentType?.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase) != true)
            return (default, IngestProblems.Invalid(new FieldError("Content-Type", "Send application/json."), StatusCodes.Status415UnsupportedMediaType));
        if (http.Request.ContentLength > 64 * 1024)
            return (default, IngestProblems.Invalid(new FieldError("body", "The body is over 64 KiB."), StatusCodes.Status413PayloadTooLarge));
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Json);
            return body is null ? (default, IngestProblems.Invalid(new FieldError("body", "The body must be a JSON object."))) : (body, null);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
            return (default, IngestProblems.Invalid(new FieldError(field, "Not valid here: " + ex.Message)));
        }
    }

    private static IResult NotFound(string field, string message) => IngestProblems.Invalid(new FieldError(field, message), StatusCodes.Status404NotFound);
}
