using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Access;

/// <summary>One key over its rate (here 1/s after a burst of 3) is answered 429 + Retry-After + RFC 7807, and nothing it was refused is counted.</summary>
[Collection(RedisCollection.Name)]
public sealed class IngestRateLimitTests(RedisServer redis) : IAsyncLifetime
{
    private const int Burst = 3;

    private readonly SiloApp _silo = new(redis);
    private WebApplicationFactory<Program> _app = null!;

    [Fact]
    public async Task AKeyOverItsRateIsAnswered429WithRetryAfterAndAProblemBodyAndNothingRefusedIsCounted()
    {
        using var client = IngestClient();
        List<HttpResponseMessage> answers = [];

        for (var i = 0; i < 8; i++) answers.Add(await client.PostEventAsync(Events.Valid($"flood-{i}")));

        var accepted = answers.Count(a => a.StatusCode == HttpStatusCode.Accepted);
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        (accepted + refused.Count).ShouldBe(answers.Count, "every answer is a 202 or a 429");
        accepted.ShouldBeInRange(Burst, Burst + 2, "the burst, and at most a refill or two of 1/s while the loop ran");
        refused.ShouldNotBeEmpty();
        foreach (var answer in refused)
        {
            int.Parse(answer.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
            answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            using var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            problem.RootElement.GetProperty("status").GetInt32().ShouldBe(429);
            problem.RootElement.GetProperty("type").GetString()!.ShouldEndWith("/rate-limited");
            problem.RootElement.GetProperty("retryAfter").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        }
        (await SnapshotAsync()).City.Received.ShouldBe(accepted);
        foreach (var answer in answers) answer.Dispose();
    }

    [Fact]
    public async Task TheBulkEndpointDrawsFromTheSameBucketAndAWrongKeyFromItsOwn()
    {
        using var client = IngestClient();
        for (var i = 0; i < Burst + 2; i++) (await client.PostEventAsync(Events.Valid($"drain-{i}"))).Dispose();

        using var bulk = await client.PostAsync("/api/requests/bulk",
            new StringContent(Events.Valid("bulk-0").ToJsonString(), Encoding.UTF8, "application/x-ndjson"), TestContext.Current.CancellationToken);
        using var stranger = _app.CreateClient();
        stranger.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key");
        using var wrongKey = await stranger.PostEventAsync(Events.Valid("stranger-0"));

        bulk.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        bulk.Headers.Contains("Retry-After").ShouldBeTrue();
        wrongKey.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a wrong key is not charged to the real sender's bucket");
    }

    private HttpClient IngestClient()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", SiloApp.ApiKey);
        return client;
    }

    private async Task<Contracts.Board.BoardSnapshot> SnapshotAsync()
    {
        using var client = IngestClient(); // the snapshot needs the key too; it is not rate-limited
        return (await client.GetFromJsonAsync<Contracts.Board.BoardSnapshot>("/api/snapshot", SiloApp.Json, TestContext.Current.CancellationToken))!;
    }

    public ValueTask InitializeAsync()
    {
        _app = _silo.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("IngestRateLimit:PermitsPerSecond", "1");
            builder.UseSetting("IngestRateLimit:Burst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _silo.DisposeAsync();
    }
}
