using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Ingest;

/// <summary>
/// Redis going away, stalling, and the silo's queue filling: every POST is answered within its deadline with 503/429,
/// Retry-After and a problem body — never a timeout, never a 2xx for an event not stored — and ingest works again by
/// itself once Redis is back. Each test has a redis-server of its own that it stops.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class BackPressureTests(RedisServer shared) : IAsyncLifetime
{
    /// <summary>The commit deadline (1.5 s) plus what a loaded 2-core machine adds to answering.</summary>
    private static readonly TimeSpan Answered = TimeSpan.FromSeconds(2.5);

    private readonly RestartableRedis _redis = new();
    private readonly SiloApp _silo = new(shared);
    private WebApplicationFactory<Program> _app = null!;
    private HttpClient _client = null!;

    [Fact]
    public async Task APostWhileRedisIsDownIs503WithRetryAfterAndIngestRecoversWhenItIsBack()
    {
        (await PostAsync("down-0")).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await _redis.StopAsync();

        var clock = Stopwatch.StartNew();
        using var down = await PostAsync("down-1");
        var elapsed = clock.Elapsed;
        using var bulk = await _client.PostAsync("/api/requests/bulk", Content(Events.Valid("down-2").ToJsonString(), "application/x-ndjson"), TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"503 while Redis is down after {elapsed.TotalMilliseconds:F0} ms");
        down.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        elapsed.ShouldBeLessThan(Answered);
        await ShouldBeRefusal(down, 503);
        bulk.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        await ShouldBeRefusal(bulk, 503);

        await _redis.StartAsync();
        var restarted = Stopwatch.StartNew();
        var recovered = await RetryUntilStoredAsync("down-3", TimeSpan.FromSeconds(30));
        TestContext.Current.TestOutputHelper?.WriteLine($"stored again {restarted.ElapsedMilliseconds} ms after Redis restarted");
        recovered.ShouldBe(HttpStatusCode.Accepted);
        var board = await SnapshotAsync();
        board.City.Received.ShouldBe(2, "down-0 and down-3; nothing refused was counted");
    }

    [Fact]
    public async Task AnEventRedisDoesNotStoreInTimeIs503AndItsRetryCountsOnce()
    {
        (await PostAsync("slow-0")).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await _redis.CliAsync("client pause 4000 write")).ShouldBeTrue();

        var clock = Stopwatch.StartNew();
        using var slow = await PostAsync("slow-1");
        var elapsed = clock.Elapsed;

        TestContext.Current.TestOutputHelper?.WriteLine($"503 while Redis is paused after {elapsed.TotalMilliseconds:F0} ms");
        slow.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        elapsed.ShouldBeLessThan(Answered);
        await ShouldBeRefusal(slow, 503);
        // The script was sent before the deadline passed, so Redis applies it once unpaused: the retry is a duplicate.
        var retried = await RetryUntilStoredAsync("slow-1", TimeSpan.FromSeconds(20));
        retried.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Accepted);
        (await SnapshotAsync()).City.Received.ShouldBe(2);
    }

    [Fact]
    public async Task ABulkBatchRedisDoesNotStoreIsAnsweredFailedAndTheUploadStopsWithTotals()
    {
        (await PostAsync("bulk-0")).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var body = string.Join('\n', Enumerable.Range(1, 600).Select(i => Events.Valid($"bulk-{i}").ToJsonString()));
        (await _redis.CliAsync("client pause 4000 write")).ShouldBeTrue();

        using var response = await _client.PostAsync("/api/requests/bulk", Content(body, "application/x-ndjson"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lines = await response.ReadNdjsonAsync();
        var totals = lines[^1];
        totals["result"]!.GetValue<string>().ShouldBe("totals");
        var answered = lines[..^1];
        answered.ShouldNotBeEmpty();
        answered.ShouldAllBe(l => l["result"]!.GetValue<string>() == "failed" && l["field"]!.GetValue<string>() == "redis");
        totals["failed"]!.GetValue<int>().ShouldBe(answered.Count);
        totals["lines"]!.GetValue<int>().ShouldBe(answered.Count);
        totals["stopped"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();

        // Sent again once Redis is back, every line counts exactly once, whether the failed batch was applied late or not.
        await WaitUntilStoredAsync();
        var again = await (await _client.PostAsync("/api/requests/bulk", Content(body, "application/x-ndjson"), TestContext.Current.CancellationToken)).ReadNdjsonAsync();
        again[^1]["failed"]!.GetValue<int>().ShouldBe(0);
        (again[^1]["accepted"]!.GetValue<int>() + again[^1]["duplicate"]!.GetValue<int>()).ShouldBe(600);
        (await SnapshotAsync()).City.Received.ShouldBe(602, "bulk-0, the probe and the 600 lines");
    }

    [Fact]
    public async Task PastItsCapacityTheQueueAnswers429WithRetryAfterAndNothingIsAcknowledgedUnstored()
    {
        (await PostAsync("full-0")).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await _redis.CliAsync("client pause 4000 write")).ShouldBeTrue();

        var clock = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(1, 40).Select(async i =>
        {
            using var response = await PostAsync($"full-{i}");
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta);
        }));
        var elapsed = clock.Elapsed;
        TestContext.Current.TestOutputHelper?.WriteLine($"40 posts into a full queue: {answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests)}×429, {answers.Count(a => a.StatusCode == HttpStatusCode.ServiceUnavailable)}×503, all answered in {elapsed.TotalMilliseconds:F0} ms");

        answers.ShouldContain(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.TooManyRequests || a.StatusCode == HttpStatusCode.ServiceUnavailable);
        answers.ShouldAllBe(a => a.RetryAfter != null);
        elapsed.ShouldBeLessThan(Answered + TimeSpan.FromSeconds(1));
    }

    private async Task<HttpResponseMessage> PostAsync(string id) =>
        await _client.PostAsync("/api/requests", Content(Events.Valid(id).ToJsonString(), "application/json"), TestContext.Current.CancellationToken);

    private static StringContent Content(string body, string type) => new(body, Encoding.UTF8, type);

    /// <summary>Posts until the event is stored; every answer on the way must be a 503 with Retry-After, never a hang or a 500.</summary>
    private async Task<HttpStatusCode> RetryUntilStoredAsync(string id, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var clock = Stopwatch.StartNew();
            using var response = await PostAsync(id);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable) return response.StatusCode;
            clock.Elapsed.ShouldBeLessThan(Answered);
            response.Headers.RetryAfter.ShouldNotBeNull();
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{id} was still refused after {within}");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    private async Task WaitUntilStoredAsync() => (await RetryUntilStoredAsync("probe", TimeSpan.FromSeconds(20))).ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Accepted);

    private static async Task ShouldBeRefusal(HttpResponseMessage response, int status)
    {
        response.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldNotBeNull().TotalSeconds.ShouldBeGreaterThan(0);
        response.Content.Headers.ContentType.ShouldNotBeNull().MediaType.ShouldBe("application/problem+json");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        problem["status"]!.GetValue<int>().ShouldBe(status);
        problem["detail"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
    }

    private async Task<BoardSnapshot> SnapshotAsync() =>
        (await _client.GetFromJsonAsync<BoardSnapshot>("/api/snapshot", SiloApp.Json, TestContext.Current.CancellationToken))!;

    public async ValueTask InitializeAsync()
    {
        await _redis.StartAsync();
        _app = _silo.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:redis", _redis.ConnectionString);
            builder.UseSetting("Ingest:MaxPendingEvents", "4");
        });
        _client = _app.CreateClient();
        _client.DefaultRequestHeaders.Add("X-Api-Key", SiloApp.ApiKey);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _silo.DisposeAsync();
        await _redis.DisposeAsync();
    }
}
