using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Philly311.Ops.Contracts.Breaches;
using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.EndToEnd.Tests.Breaches;

/// <summary>
/// Breaches by time passing through the real processes: an open request's due time passes with no new event, the silo's
/// sweep breaches it, and the dashboard process's feed (pushed by the grain) holds it; a close ends it; a silo restart
/// loses nothing. Its own system: it kills the silo.
/// </summary>
public sealed class BreachTests(RunningSystem system) : IClassFixture<RunningSystem>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task AnOpenRequestPastItsDueTimeReachesTheDashboardWithinTwoSecondsWithNoNewEvent()
    {
        await WaitUntilLiveAsync();
        using var ingest = system.CreateIngestClient();
        var due = DateTimeOffset.UtcNow.AddSeconds(2);
        var id = await PostAsync(ingest, "due-1", due);

        var (seen, frame) = await WaitForAsync(f => f.Longest.Any(r => r.Id == id), due.AddSeconds(10));

        seen.ShouldBeGreaterThanOrEqualTo(due);
        (seen - due).ShouldBeLessThan(TimeSpan.FromSeconds(2));
        var late = frame.Longest.Single(r => r.Id == id);
        late.Department.ShouldBe("water");
        late.NeighborhoodName.ShouldNotBe("Unknown");
        using var http = new HttpClient { DefaultRequestHeaders = { Authorization = new("Bearer", RunningSystem.HubKey) } };
        var map = await http.GetFromJsonAsync<JsonElement>(system.DashboardUrl + "/api/breaches/neighborhoods", TestContext.Current.CancellationToken);
        map.GetProperty("counts").GetProperty(late.Neighborhood).GetInt64().ShouldBeGreaterThanOrEqualTo(1);

        var closing = await ingest.PostAsJsonAsync("/api/requests", Event(id, due.AddHours(-1), due) with
        {
            Status = "closed", ClosedDatetime = DateTimeOffset.UtcNow, UpdatedDatetime = DateTimeOffset.UtcNow,
        }, TestContext.Current.CancellationToken);
        closing.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var closedAt = DateTimeOffset.UtcNow;
        var (ended, _) = await WaitForAsync(f => f.Longest.All(r => r.Id != id), closedAt.AddSeconds(10));
        (ended - closedAt).ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task ADueTimeThatPassesWhileTheSiloIsDownIsBreachedOnceItIsBack()
    {
        using var ingest = system.CreateIngestClient();
        var due = DateTimeOffset.UtcNow.AddSeconds(3);
        var id = await PostAsync(ingest, "due-2", due);

        await system.KillSiloAsync();
        await system.StartSiloAsync();
        var back = DateTimeOffset.UtcNow;

        var (seen, frame) = await WaitForAsync(f => f.Longest.Any(r => r.Id == id), back.AddSeconds(15));
        seen.ShouldBeGreaterThanOrEqualTo(due);
        frame.Longest.Count(r => r.Id == id).ShouldBe(1);
    }

    /// <summary>Healthy means serving; the timing needs pushing: the dashboard's breach feed hears the grain.</summary>
    private async Task WaitUntilLiveAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2), DefaultRequestHeaders = { Authorization = new("Bearer", RunningSystem.HubKey) } };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var view = await http.GetFromJsonAsync<JsonElement>(system.DashboardUrl + "/api/breaches", TestContext.Current.CancellationToken);
                if (view.GetProperty("state").GetString() == "Live") return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested) { }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException("The dashboard's breach feed never became Live.\n" + system.Logs[^Math.Min(4000, system.Logs.Length)..]);
    }

    private static async Task<string> PostAsync(HttpClient ingest, string prefix, DateTimeOffset due)
    {
        var id = prefix + "-" + Guid.NewGuid().ToString("N")[..6];
        var response = await ingest.PostAsJsonAsync("/api/requests", Event(id, due.AddHours(-1), due), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        return id;
    }

    private static ServiceRequestEvent Event(string id, DateTimeOffset requested, DateTimeOffset due) => new()
    {
        ServiceRequestId = id,
        ServiceName = "Inlet Cleaning",
        RequestedDatetime = requested,
        ExpectedDatetime = due,
        AgencyResponsible = "Water Department",
        Status = "open",
        Channel = "phone",
        Lat = 39.9524,
        Long = -75.1636,
    };

    /// <summary>Reads the dashboard's breach view until it matches; answers when it first did (to ~50 ms).</summary>
    private async Task<(DateTimeOffset Seen, BreachFrame Frame)> WaitForAsync(Func<BreachFrame, bool> match, DateTimeOffset deadline)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2), DefaultRequestHeaders = { Authorization = new("Bearer", RunningSystem.HubKey) } };
        JsonElement last = default;
        while (DateTimeOffset.UtcNow < deadline)
        {
            try
            {
                last = await http.GetFromJsonAsync<JsonElement>(system.DashboardUrl + "/api/breaches", TestContext.Current.CancellationToken);
                var frame = last.GetProperty("frame");
                if (frame.ValueKind == JsonValueKind.Object && frame.Deserialize<BreachFrame>(Json) is { } f && match(f)) return (DateTimeOffset.UtcNow, f);
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested) { }
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"The dashboard's breaches never matched; last view: {last}\n{system.Logs[^Math.Min(4000, system.Logs.Length)..]}");
    }
}
