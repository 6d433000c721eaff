using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.LoadTests.Tests.StandIn;

/// <summary>
/// A small in-process stand-in for the silo and the dashboard hub, with the real wire shapes: the tool is tested
/// against its contract, not against whatever the real silo happens to do today. Counts what it received.
/// </summary>
public sealed class StandInSilo : IAsyncDisposable
{
    public const string ApiKey = "stand-in-key";

    /// <summary>What the stand-in hub and wallboard want, as the dashboard's Access:HubKeys and Access:DisplayTokens would.</summary>
    public const string HubKey = "stand-in-hub-key";
    public const string DisplayToken = "stand-in-wallboard-token";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ServiceRequestEvent> _requests = new();
    private long _sequence;
    private Timer? _publisher;

    private StandInSilo(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public ConcurrentQueue<ServiceRequestEvent> Received { get; } = new();

    public int Distinct => _requests.Count;

    /// <summary>HTTP statuses the next bulk uploads are answered with, one each, before uploads are taken again.</summary>
    public ConcurrentQueue<int> RefuseNextBulk { get; } = new();

    /// <summary>The contact and agent-state endpoints, when started with them (the smoke test wants a silo without).</summary>
    internal StandInContactCenter? ContactCenter { get; private set; }

    public static async Task<StandInSilo> StartAsync(bool contactCenter = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSignalR();
        var app = builder.Build();
        var silo = new StandInSilo(app);
        silo.Map(app);
        if (contactCenter) (silo.ContactCenter = new StandInContactCenter()).Map(app);
        await app.StartAsync();
        silo.Url = new Uri(app.Urls.First());
        silo._publisher = new Timer(_ => silo.Publish(), null, 100, 100);
        return silo;
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/healthz", () => "Healthy");
        app.MapGet("/api/snapshot", (HttpContext context) =>
            context.Request.Headers["X-Api-Key"] != ApiKey ? Results.StatusCode(401) : Results.Json(Snapshot()));
        app.MapGet("/wallboard", (HttpContext context) =>
            context.Request.Query["token"] != DisplayToken ? Results.StatusCode(401) : Results.Text("<html>wallboard</html>", "text/html"));
        // The hub, negotiate and WebSocket alike, wants the service key as a bearer, as the dashboard's does.
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(OpsGroups.HubPath) && context.Request.Headers.Authorization != "Bearer " + HubKey)
            {
                context.Response.StatusCode = 401;
                return;
            }
            await next(context);
        });
        app.MapPost("/api/requests", async (HttpContext context) =>
        {
            if (context.Request.Headers["X-Api-Key"] != ApiKey) return Results.StatusCode(401);
            var request = await JsonSerializer.DeserializeAsync<ServiceRequestEvent>(context.Request.Body);
            if (request is null || request.Zipcode == "bad") return Results.Problem(title: "invalid", statusCode: 400, extensions: new Dictionary<string, object?> { ["field"] = "zipcode" });
            var (result, sequence) = Apply(request);
            var answer = new IngestAnswer(request.ServiceRequestId, result, sequence);
            return result == IngestOutcome.Duplicate ? Results.Ok(answer) : Results.Accepted(null, answer);
        });
        app.MapPost("/api/requests/bulk", async (HttpContext context) =>
        {
            if (context.Request.Headers["X-Api-Key"] != ApiKey) return Results.StatusCode(401);
            if (RefuseNextBulk.TryDequeue(out var refusal))
            {
                // A silo shedding load asks senders to come back later.
                if (refusal is 429 or 503) context.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(refusal);
            }
            using var reader = new StreamReader(context.Request.Body);
            var output = new System.Text.StringBuilder();
            int line = 0, accepted = 0, updated = 0, duplicate = 0;
            while (await reader.ReadLineAsync() is { } text)
            {
                if (text.Length == 0) continue;
                line++;
                var request = JsonSerializer.Deserialize<ServiceRequestEvent>(text)!;
                var (result, _) = Apply(request);
                if (result == IngestOutcome.Accepted) accepted++; else if (result == IngestOutcome.Updated) updated++; else duplicate++;
                output.Append(JsonSerializer.Serialize(new BulkLineResult(line, request.ServiceRequestId, result), JsonSerializerOptions.Web)).Append('\n');
            }
            output.Append(JsonSerializer.Serialize(new BulkTotals(line, accepted, updated, duplicate, 0, Interlocked.Read(ref _sequence)), JsonSerializerOptions.Web)).Append('\n');
            return Results.Text(output.ToString(), "application/x-ndjson");
        });
        app.MapHub<StandInHub>(OpsGroups.HubPath);
    }

    private (string Result, long Sequence) Apply(ServiceRequestEvent request)
    {
        Received.Enqueue(request);
        var added = _requests.TryAdd(request.ServiceRequestId, request);
        var sequence = added ? Interlocked.Increment(ref _sequence) : Interlocked.Read(ref _sequence);
        return (added ? IngestOutcome.Accepted : IngestOutcome.Duplicate, sequence);
    }

    public BoardSnapshot Snapshot()
    {
        var count = _requests.Count;
        var city = new CounterEntry("city", "Philadelphia", count, count, count, 0, 0);
        return new BoardSnapshot(DateTimeOffset.UtcNow, Interlocked.Read(ref _sequence), "2026-01-01", city, [], [], [], [], new long[96]);
    }

    private void Publish()
    {
        var hub = _app.Services.GetRequiredService<IHubContext<StandInHub, IOpsClient>>();
        _ = hub.Clients.Group(OpsGroups.City).CityChanged(CityFrame.From(Snapshot()));
    }

    public async ValueTask DisposeAsync()
    {
        if (_publisher is not null) await _publisher.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
