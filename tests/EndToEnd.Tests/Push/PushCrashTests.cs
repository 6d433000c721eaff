extern alias loadtests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using loadtests::Philly311.Ops.LoadTests.Providers;

namespace Philly311.Ops.EndToEnd.Tests.Push;

/// <summary>
/// kill -9 of the silo driving a push, mid-push, with the provider simulator failing 30 % of sends: another silo resumes it
/// from Redis, every delivery ends in exactly one final state, and the simulator took each message once.
/// </summary>
public sealed class PushCrashTests : IAsyncLifetime
{
    private const string LiveSecret = "e2e-live-secret-0123456789";
    private const string SandboxSecret = "e2e-sandbox-secret-0123456789";
    private ProviderSimulator _sim = null!;
    private RunningSystem _system = null!;

    public async ValueTask InitializeAsync()
    {
        _sim = await ProviderSimulator.StartAsync(new ProviderSimOptions(0, 0, TimeSpan.FromMilliseconds(150), 0.3, TimeSpan.FromMilliseconds(100),
            new Dictionary<string, string> { ["live"] = LiveSecret, ["sandbox"] = SandboxSecret }));
        _system = new RunningSystem
        {
            SiloSettings =
            [
            $"--Channels:Providers:sim:Url={_sim.Url}/live", $"--Channels:Providers:sim:Secret={LiveSecret}",
            $"--Channels:Providers:box:Url={_sim.Url}/sandbox", $"--Channels:Providers:box:Secret={SandboxSecret}", "--Channels:Providers:box:Sandbox=true",
            "--Channels:Providers:mail:Kind=Smtp", "--Channels:Providers:mail:Host=127.0.0.1", $"--Channels:Providers:mail:Port={_sim.Smtp.Port}",
            "--Channels:Providers:mail:From=alerts@example.org", "--Channels:Providers:mail:To=list@example.org",
            "--Channels:Live:Sms=sim", "--Channels:Live:AppPush=sim", "--Channels:Live:Social=sim", "--Channels:Live:WebBanner=sim", "--Channels:Live:Email=mail",
            "--Channels:Exercise:Sms=box",
            "--Push:MaxAttempts=10", "--Push:FirstRetryDelay=00:00:00.2", "--Push:MaxRetryDelay=00:00:02", "--Push:Concurrency=8", "--Push:AckTimeout=00:00:05",
            ],
        };
        await _system.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _system.DisposeAsync();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task AfterKillNineOfThePushingSiloEveryDeliveryEndsOnceAndEachMessageWasReceivedOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var doomed = await _system.StartAnotherSiloAsync();
        using var doomedApi = Api(doomed);
        using var api = Api(_system.SiloUrl);
        var declared = await doomedApi.PostAsJsonAsync("/api/events", new { id = "crash-snow", kind = "snow_emergency", name = "Crash test snow", start = "2026-12-01T06:00:00-05:00" }, ct);
        declared.StatusCode.ShouldBe(HttpStatusCode.Created, await declared.Content.ReadAsStringAsync(ct));
        string[] items = ["parking-routes", "parking-towed", "parking-spaces", "trash-delays", "trash-setout", "plowing-order", "sidewalks", "code-blue", "warming-centers", "no-heat", "septa-service", "call-311-or-911"];
        var pushed = await doomedApi.PostAsJsonAsync("/api/events/crash-snow/pushes", new { items, languages = new[] { "en", "es" }, channels = new[] { "sms", "app_push", "social", "web_banner", "email" } }, ct);
        pushed.StatusCode.ShouldBe(HttpStatusCode.Accepted, await pushed.Content.ReadAsStringAsync(ct));
        var pushId = JsonDocument.Parse(await pushed.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("push_id").GetString()!;

        while (_sim.Ledger.Messages.Count < 20) await Task.Delay(20, ct);
        await _system.KillSiloAsync(doomed);
        var atKill = _sim.Ledger.Messages.Count;
        await _system.StartAnotherSiloAsync();

        var deliveries = await WaitFinalAsync(api, pushId, TimeSpan.FromSeconds(120));
        deliveries.Length.ShouldBe(120);
        atKill.ShouldBeLessThan(96, "the kill came mid-push");
        deliveries.ShouldAllBe(d => d.GetProperty("status").GetString() == "delivered",
            string.Join("; ", deliveries.Select(d => $"{d.GetProperty("id")} {d.GetProperty("status")} {d.GetProperty("reason")}")));
        var webhookKeys = deliveries.Where(d => d.GetProperty("channel").GetString() != "email").Select(d => d.GetProperty("idempotency_key").GetString()!).Order().ToArray();
        _sim.Ledger.Messages.Select(m => m.Key).Order().ToArray().ShouldBe(webhookKeys, "each webhook message received once: none missing, none extra");
        var emails = deliveries.Where(d => d.GetProperty("channel").GetString() == "email").Select(d => d.GetProperty("idempotency_key").GetString()!.Replace('@', '-') + "@philly311-ops").ToArray();
        emails.Length.ShouldBe(24);
        emails.ShouldAllBe(id => _sim.Smtp.ByMessageId.ContainsKey(id));
        _sim.Smtp.ByMessageId.Keys.Count(k => k.StartsWith(pushId, StringComparison.Ordinal)).ShouldBe(24);
    }

    private static HttpClient Api(string url)
    {
        var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Add("X-Api-Key", RunningSystem.ApiKey);
        return client;
    }

    private async Task<JsonElement[]> WaitFinalAsync(HttpClient api, string pushId, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        string[] finals = ["delivered", "failed_permanent", "cancelled"];
        while (true)
        {
            try
            {
                var deliveries = (await api.GetFromJsonAsync<JsonElement[]>($"/api/pushes/{pushId}/deliveries", TestContext.Current.CancellationToken))!;
                if (deliveries.Length > 0 && deliveries.All(d => finals.Contains(d.GetProperty("status").GetString()))) return deliveries;
                DateTime.UtcNow.ShouldBeLessThan(deadline, $"not final: {string.Join(", ", deliveries.Where(d => !finals.Contains(d.GetProperty("status").GetString())).Select(d => d.GetProperty("status").GetString()).GroupBy(s => s).Select(g => $"{g.Key} {g.Count()}"))}\n{_system.Logs[^Math.Min(_system.Logs.Length, 8000)..]}");
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            catch (TaskCanceledException) when (DateTime.UtcNow < deadline)
            {
            }
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }
}
