using System.Net;
using System.Net.Http.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.EndToEnd.Tests;

/// <summary>
/// A silo killed after its commits were acknowledged and before its router forwarded them: Redis has the events, no
/// grain heard of them. The figures must converge on Redis by themselves (re-activation, reconcile) within 10 s.
/// </summary>
public sealed class LostForwardTests : IAsyncLifetime
{
    private readonly RunningSystem _system = new();

    [Fact]
    public async Task ASiloKilledBetweenCommitAndForwardConvergesWithinTenSeconds()
    {
        // The second silo holds what it commits for a minute before forwarding: a kill lands between commit and forward.
        var holding = await _system.StartAnotherSiloAsync("--Figures:RouterWindow=00:01:00");
        var frames = Channel.CreateUnbounded<CityFrame>();
        await using var hub = RunningSystem.Hub(_system.DashboardUrl).Build();
        hub.On<CityFrame>(nameof(IOpsClient.CityChanged), f => frames.Writer.TryWrite(f));
        await hub.StartAsync(TestContext.Current.CancellationToken);
        var before = (await hub.InvokeAsync<CityFrame?>(OpsHubMethods.Join, OpsGroups.City, TestContext.Current.CancellationToken))?.City.Received ?? 0;
        using var ingest = new HttpClient { BaseAddress = new Uri(holding) };
        ingest.DefaultRequestHeaders.Add("X-Api-Key", RunningSystem.ApiKey);

        // The router sends the first commit after a quiet spell at once; everything after it waits out the window.
        (await ingest.PostAsJsonAsync("/api/requests", HubTests.NewEvent("lost-0", "Water Department"), TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.Accepted);
        long last = 0;
        for (var i = 1; i <= 20; i++)
        {
            using var response = await ingest.PostAsJsonAsync("/api/requests", HubTests.NewEvent($"lost-{i}", "Water Department"), TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
            last = (await response.Content.ReadFromJsonAsync<IngestAnswer>(TestContext.Current.CancellationToken))!.Sequence;
        }
        await _system.KillSiloAsync(holding);
        var killedAt = DateTime.UtcNow;

        var healed = await NextMatchingAsync(frames.Reader, f => f.Sequence >= last && f.City.Received == before + 21, killedAt.AddSeconds(10));

        (DateTime.UtcNow - killedAt).ShouldBeLessThan(TimeSpan.FromSeconds(10));
        healed.Departments.Single(d => d.Key == "water").Received.ShouldBe(21);
    }

    private async Task<CityFrame> NextMatchingAsync(ChannelReader<CityFrame> frames, Func<CityFrame, bool> match, DateTime deadline)
    {
        using var timeout = new CancellationTokenSource(deadline - DateTime.UtcNow);
        try
        {
            while (true)
            {
                var frame = await frames.ReadAsync(timeout.Token);
                if (match(frame)) return frame;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No city frame showed the 21 acknowledged events within 10 s of the kill. Logs:\n{_system.Logs}");
        }
    }

    public ValueTask InitializeAsync() => _system.InitializeAsync();

    public ValueTask DisposeAsync() => _system.DisposeAsync();
}
