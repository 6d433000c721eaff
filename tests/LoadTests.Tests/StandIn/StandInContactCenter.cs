using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.LoadTests.ContactCenter;

namespace Philly311.Ops.LoadTests.Tests.StandIn;

/// <summary>
/// The contact and agent-state endpoints of issue 8 on the stand-in silo, checking every body against the wire
/// contract (fields, values, ISO 8601 with offset, exact content types), so the simulator is tested against the
/// contract rather than against whatever the real silo does today. Same event id twice → 200, duplicate.
/// </summary>
internal sealed class StandInContactCenter
{
    private static readonly string[] Types = ["offered", "answered", "abandoned", "completed", "transferred"];
    private static readonly string[] Channels = ["phone", "web-chat", "social", "email", "sms", "walk-in"];
    private static readonly string[] States = ["available", "on_contact", "after_contact_work", "break", "offline"];
    private static readonly string[] ContactFields = ["event_id", "type", "contact_id", "queue", "channel", "language", "agent_id", "at"];
    private static readonly string[] AgentFields = ["agent_id", "queues", "state", "at"];

    private readonly ConcurrentDictionary<string, byte> _eventIds = new(StringComparer.Ordinal);

    public ConcurrentQueue<ContactEvent> Contacts { get; } = new();

    public ConcurrentQueue<AgentStateEvent> AgentStates { get; } = new();

    /// <summary>Bodies or lines that broke the contract, with the field.</summary>
    public ConcurrentQueue<string> Invalid { get; } = new();

    /// <summary>Statuses the next contact bulk uploads get, one each (429/503 come with Retry-After: 1).</summary>
    public ConcurrentQueue<int> RefuseNextBulk { get; } = new();

    public int BulkUploads => _bulkUploads;

    private int _bulkUploads;

    public void Map(WebApplication app)
    {
        app.MapPost("/api/contacts", Handler(c => SingleAsync(c, ContactProblem, AddContact)));
        app.MapPost("/api/contacts/bulk", Handler(c => BulkAsync(c, ContactProblem, AddContact, RefuseNextBulk)));
        app.MapPost("/api/agents/state", Handler(c => SingleAsync(c, AgentProblem, AddAgent)));
        app.MapPost("/api/agents/state/bulk", Handler(c => BulkAsync(c, AgentProblem, AddAgent, new ConcurrentQueue<int>())));
    }

    /// <summary>A route handler whose IResult is written, not a RequestDelegate that would drop it.</summary>
    private static Delegate Handler(Func<HttpContext, Task<IResult>> handle) => handle;

    private static async Task<IResult> SingleAsync(HttpContext context, Func<JsonElement, string?> problem, Func<string, string> add)
    {
        if (context.Request.Headers["X-Api-Key"] != StandInSilo.ApiKey) return Results.StatusCode(401);
        if (context.Request.ContentType != "application/json") return Results.StatusCode(415);
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync();
        var field = Check(text, problem);
        if (field is not null) return Results.Problem(title: "invalid", statusCode: 400, extensions: new Dictionary<string, object?> { ["field"] = field });
        var result = add(text);
        var answer = new IngestAnswer("", result, 0);
        return result == IngestOutcome.Duplicate ? Results.Ok(answer) : Results.Accepted(null, answer);
    }

    private async Task<IResult> BulkAsync(HttpContext context, Func<JsonElement, string?> problem, Func<string, string> add, ConcurrentQueue<int> refusals)
    {
        if (context.Request.Headers["X-Api-Key"] != StandInSilo.ApiKey) return Results.StatusCode(401);
        if (refusals.TryDequeue(out var refusal))
        {
            if (refusal is 429 or 503) context.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(refusal);
        }
        if (context.Request.ContentType != "application/x-ndjson") return Results.StatusCode(415);
        Interlocked.Increment(ref _bulkUploads);
        using var reader = new StreamReader(context.Request.Body);
        var output = new System.Text.StringBuilder();
        int line = 0, accepted = 0, duplicate = 0, rejected = 0;
        while (await reader.ReadLineAsync() is { } text)
        {
            if (text.Length == 0) continue;
            line++;
            var field = Check(text, problem);
            string result;
            if (field is null) result = add(text);
            else
            {
                Invalid.Enqueue($"line {line}: {field}: {text}");
                result = "rejected";
            }
            if (result == IngestOutcome.Accepted) accepted++; else if (result == IngestOutcome.Duplicate) duplicate++; else rejected++;
            output.Append(JsonSerializer.Serialize(new BulkLineResult(line, null, result, field), JsonSerializerOptions.Web)).Append('\n');
        }
        output.Append(JsonSerializer.Serialize(new BulkTotals(line, accepted, 0, duplicate, rejected, 0), JsonSerializerOptions.Web)).Append('\n');
        return Results.Text(output.ToString(), "application/x-ndjson");
    }

    private string AddContact(string text)
    {
        var contact = JsonSerializer.Deserialize(text, ContactWireJson.Default.ContactEvent)!;
        if (!_eventIds.TryAdd(contact.EventId, 0)) return IngestOutcome.Duplicate;
        Contacts.Enqueue(contact);
        return IngestOutcome.Accepted;
    }

    private string AddAgent(string text)
    {
        AgentStates.Enqueue(JsonSerializer.Deserialize(text, ContactWireJson.Default.AgentStateEvent)!);
        return IngestOutcome.Accepted;
    }

    private static string? Check(string text, Func<JsonElement, string?> problem)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind == JsonValueKind.Object ? problem(doc.RootElement) : "body";
        }
        catch (JsonException)
        {
            return "body";
        }
    }

    /// <summary>The first field of a contact event that breaks the contract, or null.</summary>
    public static string? ContactProblem(JsonElement e)
    {
        if (Unknown(e, ContactFields) is { } unknown) return unknown;
        foreach (var field in new[] { "event_id", "contact_id", "queue", "language" })
        {
            if (Text(e, field) is not { Length: > 0 }) return field;
        }
        var type = Text(e, "type");
        if (type is null || !Types.Contains(type)) return "type";
        if (Text(e, "channel") is not { } channel || !Channels.Contains(channel)) return "channel";
        var needsAgent = type is "answered" or "completed" or "transferred";
        if (needsAgent != (Text(e, "agent_id") is { Length: > 0 })) return "agent_id";
        return Instant(e) ? null : "at";
    }

    /// <summary>The first field of an agent state that breaks the contract, or null.</summary>
    public static string? AgentProblem(JsonElement e)
    {
        if (Unknown(e, AgentFields) is { } unknown) return unknown;
        if (Text(e, "agent_id") is not { Length: > 0 }) return "agent_id";
        if (!e.TryGetProperty("queues", out var queues) || queues.ValueKind != JsonValueKind.Array || queues.GetArrayLength() == 0
            || queues.EnumerateArray().Any(q => q.ValueKind != JsonValueKind.String || q.GetString() is not { Length: > 0 })) return "queues";
        if (Text(e, "state") is not { } state || !States.Contains(state)) return "state";
        return Instant(e) ? null : "at";
    }

    private static string? Unknown(JsonElement e, string[] fields) =>
        e.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !fields.Contains(n));

    private static string? Text(JsonElement e, string field) =>
        e.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>ISO 8601 with a date, a time and an explicit offset (Z or ±hh:mm), as the silo's ingest requires.</summary>
    private static bool Instant(JsonElement e) =>
        Text(e, "at") is { } at
        && DateTimeOffset.TryParseExact(at, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        && (at.EndsWith('Z') || at.Length > 6 && at[^6] is '+' or '-');
}
