extern alias loadtests;

using System.Net;
using System.Text;
using System.Text.Json;
using Philly311.Ops.Contracts.Push;
using loadtests::Philly311.Ops.LoadTests.Providers;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Push;

/// <summary>Pushes through the real silo to the provider simulator failing 30 % of sends, with signed callbacks over real HTTP.</summary>
[Collection(RedisCollection.Name)]
public sealed class PushDeliveryTests(RedisServer redis) : IAsyncLifetime
{
    private PushSiloWithSimulator _silo = null!;

    public async ValueTask InitializeAsync() => _silo = await PushSiloWithSimulator.StartAsync(redis, failureRate: 0.3);

    public ValueTask DisposeAsync() => _silo.DisposeAsync();

    [Fact]
    public async Task WithThirtyPercentFailuresEveryDeliveryIsDeliveredExactlyOnceByRetries()
    {
        using var api = _silo.App.CreateApiClient();
        var eventId = await PushApi.DeclareAsync(api);

        var (pushId, count) = await PushApi.PushAsync(api, eventId, ["parking-routes", "trash-delays", "code-blue"], ["en", "es"], ["sms", "app_push", "email", "ivr"]);
        var deliveries = await PushApi.WaitFinalAsync(api, pushId, TimeSpan.FromSeconds(45));

        count.ShouldBe(24);
        deliveries.ShouldAllBe(d => d.Status == DeliveryStatus.Delivered, string.Join("; ", deliveries.Select(d => $"{d.Id} {d.Status} {d.Reason}")));
        deliveries.Select(d => d.IdempotencyKey).Distinct().Count().ShouldBe(24);
        var webhook = deliveries.Where(d => d.Channel is PushChannel.Sms or PushChannel.AppPush).Select(d => d.IdempotencyKey).Order().ToArray();
        _silo.Simulator.Ledger.Messages.Where(m => m.Key.StartsWith(pushId, StringComparison.Ordinal)).Select(m => m.Key).Order().ToArray().ShouldBe(webhook);
        var emails = deliveries.Where(d => d.Channel == PushChannel.Email).Select(d => Channels.SmtpAdapter.MessageIdOf(d.IdempotencyKey)).ToArray();
        emails.ShouldAllBe(id => _silo.Simulator.Smtp.ByMessageId.GetValueOrDefault(id) == 1);
        _silo.Simulator.Ledger.Refused.ShouldBeGreaterThan(0, "the simulator refused some sends, so retries happened");
        deliveries.Max(d => d.Attempts).ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task EachAppliedCallbackIsAnsweredWithTheFrameSequenceThatShowsIt()
    {
        using var api = _silo.App.CreateApiClient();
        var eventId = await PushApi.DeclareAsync(api);
        var (pushId, _) = await PushApi.PushAsync(api, eventId, ["parking-routes", "trash-delays"], ["en", "es"], ["sms", "social"]);
        await PushApi.WaitFinalAsync(api, pushId, TimeSpan.FromSeconds(30));

        // The simulator records an answer after the silo applied it, so the last ones may trail the final state a little.
        var applied = await PollAsync(() => _silo.Simulator.Ledger.Answers.Where(a => a.Key.StartsWith(pushId, StringComparison.Ordinal) && a.Applied).ToArray(), a => a.Length >= 8);
        using var frame = JsonDocument.Parse(await api.GetStringAsync($"/api/pushes/{pushId}", TestContext.Current.CancellationToken));
        var final = frame.RootElement.GetProperty("sequence").GetInt64();

        applied.Length.ShouldBe(8, "one applied delivered callback per webhook delivery");
        applied.ShouldAllBe(a => a.Sequence > 0 && a.Sequence <= final);
        applied.Select(a => a.Key).Distinct().Count().ShouldBe(8);
    }

    [Fact]
    public async Task AnUnsignedOrWronglySignedCallbackIsRefused401AndChangesNothing()
    {
        using var api = _silo.App.CreateApiClient();
        var eventId = await PushApi.DeclareAsync(api);
        var (pushId, _) = await PushApi.PushAsync(api, eventId, ["septa-service"], ["en"], ["sms"]);
        var delivered = (await PushApi.WaitFinalAsync(api, pushId, TimeSpan.FromSeconds(30))).Single();
        using var http = _silo.App.CreateClient();

        var unsigned = await CallbackAsync(http, delivered.Id, """{"status":"failed_permanent"}""", provider: "sim-live", secret: null);
        var wrong = await CallbackAsync(http, delivered.Id, """{"status":"failed_permanent"}""", provider: "sim-live", secret: "not-the-secret-at-all");
        var otherProvider = await CallbackAsync(http, delivered.Id, """{"status":"failed_permanent"}""", provider: "sim-sandbox", secret: ProviderSimOptions.DevSandboxSecret);

        unsigned.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unsigned.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await unsigned.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"field\":\"X-Signature\"");
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        otherProvider.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PushApi.WaitFinalAsync(api, pushId, TimeSpan.FromSeconds(1))).Single().Status.ShouldBe(DeliveryStatus.Delivered);
    }

    [Fact]
    public async Task AReplayedCallbackChangesNothingAndAnIllegalOneIsRefused()
    {
        using var api = _silo.App.CreateApiClient();
        var eventId = await PushApi.DeclareAsync(api);
        var (pushId, _) = await PushApi.PushAsync(api, eventId, ["no-heat"], ["es"], ["web_banner"]);
        var delivered = (await PushApi.WaitFinalAsync(api, pushId, TimeSpan.FromSeconds(30))).Single();
        using var http = _silo.App.CreateClient();

        var replay = await CallbackAsync(http, delivered.Id, """{"status":"delivered"}""", "sim-live", ProviderSimOptions.DevLiveSecret);
        var illegal = await CallbackAsync(http, delivered.Id, """{"status":"failed_permanent"}""", "sim-live", ProviderSimOptions.DevLiveSecret);
        var unknownStatus = await CallbackAsync(http, delivered.Id, """{"status":"cancelled"}""", "sim-live", ProviderSimOptions.DevLiveSecret);

        replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var answer = JsonDocument.Parse(await replay.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)))
        {
            answer.RootElement.GetProperty("result").GetString().ShouldBe("duplicate");
            answer.RootElement.GetProperty("sequence").GetInt64().ShouldBeGreaterThan(0);
        }
        illegal.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        unknownStatus.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var after = (await PushApi.WaitFinalAsync(api, pushId, TimeSpan.FromSeconds(1))).Single();
        after.ShouldBe(delivered with { }, "nothing about the delivery changed");
    }

    [Fact]
    public async Task AnExerciseReachesOnlySandboxChannelsAndIsLabeledExercise()
    {
        using var api = _silo.App.CreateApiClient();
        var eventId = await PushApi.DeclareAsync(api, exercise: true);

        var (pushId, _) = await PushApi.PushAsync(api, eventId, ["sidewalks"], ["en", "es"], ["sms", "social", "email"]);
        var deliveries = await PushApi.WaitFinalAsync(api, pushId, TimeSpan.FromSeconds(30));

        deliveries.ShouldAllBe(d => d.Exercise && d.Status == DeliveryStatus.Delivered);
        var received = _silo.Simulator.Ledger.Messages.Where(m => m.Key.StartsWith(pushId, StringComparison.Ordinal)).ToArray();
        received.Length.ShouldBe(4);
        received.ShouldAllBe(m => m.Account == "sandbox" && m.Exercise && m.Body.StartsWith("EXERCISE", StringComparison.Ordinal));
    }

    private static async Task<T> PollAsync<T>(Func<T> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        var value = read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
            value = read();
        }
        return value;
    }

    private static async Task<HttpResponseMessage> CallbackAsync(HttpClient http, string deliveryId, string json, string provider, string? secret)
    {
        var body = Encoding.UTF8.GetBytes(json);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/deliveries/{deliveryId}/status") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Provider", provider);
        if (secret is not null) request.Headers.Add("X-Signature", SignedCallbacks.Sign(body, secret));
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
