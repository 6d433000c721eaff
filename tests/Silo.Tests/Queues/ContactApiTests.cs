using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Queues;

/// <summary>The contact and agent-state endpoints of the real silo host on a real Redis: hostile input, and figures reaching the queue grains.</summary>
[Collection(RedisCollection.Name)]
public sealed class ContactApiTests(ContactApiTests.Host host) : IClassFixture<ContactApiTests.Host>
{
    /// <summary>One silo host for the class: each test uses its own ids, so they can share it (a host per test cost ~2 s each).</summary>
    public sealed class Host(RedisServer redis) : IAsyncDisposable
    {
        public SiloApp App { get; } = new(redis);

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    private static readonly string At = DateTimeOffset.UtcNow.AddMinutes(-10).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture);
    private readonly SiloApp _app = host.App;

    private static JsonObject Contact(string id, string type = "offered", string contact = "c1", string queue = "api-queue") => new()
    {
        ["event_id"] = id, ["type"] = type, ["contact_id"] = contact, ["queue"] = queue, ["channel"] = "web chat",
        ["language"] = "es", ["at"] = At,
    };

    public static TheoryData<string, string, string, int, string> Hostile()
    {
        var ok = Contact("h-1").ToJsonString();
        return new()
        {
            { "bad type", "application/json", Contact("h-2", "hung-up").ToJsonString(), 400, "type" },
            { "answered without agent", "application/json", Contact("h-3", "answered").ToJsonString(), 400, "agent_id" },
            { "duplicate key", "application/json", ok.Replace("\"type\":\"offered\"", "\"type\":\"offered\",\"type\":\"answered\"", StringComparison.Ordinal), 400, "type" },
            { "invalid UTF-8", "application/json", ok.Replace("api-queue", "api-\uFFFDqueue", StringComparison.Ordinal), 400, "queue" },
            { "date without offset", "application/json", Contact("h-5").With("at", "2026-12-01T08:00:00").ToJsonString(), 400, "at" },
            { "far future", "application/json", Contact("h-6").With("at", "2031-01-01T00:00:00Z").ToJsonString(), 400, "at" },
            { "unknown channel", "application/json", Contact("h-7").With("channel", "carrier pigeon").ToJsonString(), 400, "channel" },
            { "missing event id", "application/json", Contact("h-8").Without("event_id").ToJsonString(), 400, "event_id" },
            { "queue as a number", "application/json", Contact("h-9").With("queue", 5).ToJsonString(), 400, "queue" },
            { "text content type", "text/plain", ok, 415, "Content-Type" },
        };
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task AHostileContactEventIsRefusedWithAProblemNamingTheField(string because, string contentType, string body, int status, string field)
    {
        using var client = _app.CreateIngestClient();
        var bytes = Encoding.UTF8.GetBytes(body);
        if (because == "invalid UTF-8") bytes = ReplaceWithInvalidUtf8(bytes);
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await client.PostAsync("/api/contacts", content, TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(status, because);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        problem.RootElement.GetProperty("field").GetString().ShouldBe(field, because);
    }

    [Fact]
    public async Task AnAgentStateWithAnUnknownStateOrNoQueuesIsRefusedNamingTheField()
    {
        using var client = _app.CreateIngestClient();

        using var badState = await PostJsonAsync(client, "/api/agents/state", new JsonObject { ["agent_id"] = "a1", ["queues"] = new JsonArray("x"), ["state"] = "napping", ["at"] = At });
        using var noQueues = await PostJsonAsync(client, "/api/agents/state", new JsonObject { ["agent_id"] = "a1", ["state"] = "available", ["at"] = At });

        badState.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await FieldOf(badState)).ShouldBe("state");
        (await FieldOf(noQueues)).ShouldBe("queues");
    }

    [Fact]
    public async Task AnEventIsAcceptedOnceAndItsRepeatIsA200Duplicate()
    {
        using var client = _app.CreateIngestClient();

        using var first = await PostJsonAsync(client, "/api/contacts", Contact("once-1", contact: "once"));
        using var second = await PostJsonAsync(client, "/api/contacts", Contact("once-1", contact: "once"));

        first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"result\":\"duplicate\"");
    }

    [Fact]
    public async Task ABulkUploadAnswersEveryLineAndTotalsAndTheQueueGrainShowsTheFigures()
    {
        using var client = _app.CreateIngestClient();
        var lines = string.Join('\n',
            Contact("b-1", contact: "b1", queue: "Bulk Queue").ToJsonString(),
            "{not json",
            Contact("b-2", "answered", "b1", "Bulk Queue").With("agent_id", "a7").ToJsonString(),
            Contact("b-1", contact: "b1", queue: "Bulk Queue").ToJsonString(),
            Contact("b-3", contact: "b2", queue: "Bulk Queue").ToJsonString());
        var agents = new JsonObject { ["agent_id"] = "a7", ["queues"] = new JsonArray("Bulk Queue"), ["state"] = "on_contact", ["at"] = At };

        using var response = await client.PostAsync("/api/contacts/bulk", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"), TestContext.Current.CancellationToken);
        using var agent = await PostJsonAsync(client, "/api/agents/state", agents);

        var answers = await response.ReadNdjsonAsync();
        answers.Select(a => (string?)a["result"]).ShouldBe(["accepted", "rejected", "accepted", "duplicate", "accepted", "totals"]);
        answers[1]["field"]!.GetValue<string>().ShouldBe("body");
        answers[^1]["lines"]!.GetValue<int>().ShouldBe(5);
        agent.StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var frame = await WaitForFrameAsync(client, "queue:bulk-queue", f => f.Offered == 2 && f.Agents.OnContact == 1);
        frame.Answered.ShouldBe(1);
        frame.Waiting.ShouldBe(1);
        frame.OldestWaitingSince.ShouldNotBeNull();
        frame.Staffing.AgentsWorking.ShouldBe(1);
        var city = await WaitForFrameAsync(client, QueueKeys.City, f => f.Queues.Contains("queue:bulk-queue"));
        city.Offered.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task ABulkUploadOfManyBatchesIsAnsweredLineByLineInOrder()
    {
        using var client = _app.CreateIngestClient();
        var lines = string.Join('\n', Enumerable.Range(1, 700).Select(i => i % 100 == 0
            ? Contact($"m-{i}", "dialed", $"m{i}", "many").ToJsonString()
            : Contact($"m-{i}", contact: $"m{i}", queue: "many").ToJsonString()));

        using var response = await client.PostAsync("/api/contacts/bulk", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"), TestContext.Current.CancellationToken);

        var answers = await response.ReadNdjsonAsync();
        answers.Count.ShouldBe(701);
        answers.Take(700).Select(a => a["line"]!.GetValue<int>()).ShouldBe(Enumerable.Range(1, 700));
        answers.Take(700).Count(a => (string?)a["result"] == "rejected").ShouldBe(7);
        answers[^1]["accepted"]!.GetValue<int>().ShouldBe(693);
    }

    [Fact]
    public async Task TheQueuesNeedTheKeyLikeTheSnapshot()
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync("/api/queues", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AQueueKeyThatIsNoQueueIsRefused()
    {
        using var client = _app.CreateIngestClient();

        using var response = await client.GetAsync("/api/queues/dept:streets", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await FieldOf(response)).ShouldBe("key");
    }

    private static async Task<QueueFrame> WaitForFrameAsync(HttpClient client, string key, Func<QueueFrame, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var frame = (await client.GetFromJsonAsync<QueueFrame>("/api/queues/" + key, SiloApp.Json, TestContext.Current.CancellationToken))!;
            if (until(frame) || DateTime.UtcNow > deadline) return frame;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string path, JsonObject body) =>
        client.PostAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    private static async Task<string?> FieldOf(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return problem.RootElement.GetProperty("field").GetString();
    }

    /// <summary>U+FFFD's UTF-8 (EF BF BD) becomes a lone 0xFF: bytes no UTF-8 decoder accepts.</summary>
    private static byte[] ReplaceWithInvalidUtf8(byte[] bytes)
    {
        var list = new List<byte>();
        for (var i = 0; i < bytes.Length; i++)
        {
            if (i + 2 < bytes.Length && bytes[i] == 0xEF && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD)
            {
                list.Add(0xFF);
                i += 2;
            }
            else list.Add(bytes[i]);
        }
        return [.. list];
    }

}
