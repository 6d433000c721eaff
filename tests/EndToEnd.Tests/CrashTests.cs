using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Hub;
using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.EndToEnd.Tests;

/// <summary>Invariant 2: a 2xx survives kill -9 of the silo, and the board is right again by itself.</summary>
public sealed class CrashTests : IAsyncLifetime
{
    private readonly RunningSystem _system = new();

    [Fact]
    public async Task EveryAcknowledgedEventSurvivesKillNineOfTheSiloUnderLoad()
    {
        using var ingest = _system.CreateIngestClient();
        ingest.Timeout = TimeSpan.FromSeconds(5);
        var acknowledged = new ConcurrentBag<ServiceRequestEvent>();
        using var stop = new CancellationTokenSource();
        var senders = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 2_000 && !stop.IsCancellationRequested; i++)
            {
                var e = HubTests.NewEvent($"crash-{worker}-{i}", i % 2 == 0 ? "Streets Department" : "Water Department (PWD)");
                try
                {
                    var response = await ingest.PostAsJsonAsync("/api/requests", e);
                    if (response.StatusCode == HttpStatusCode.Accepted) acknowledged.Add(e);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // In flight when the silo died: not acknowledged, so the sender would retry.
                }
            }
        })).ToArray();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (acknowledged.Count < 300)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"only {acknowledged.Count} events acknowledged in 60 s. Logs:\n{_system.Logs}");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        await _system.KillSiloAsync();
        await stop.CancelAsync();
        await Task.WhenAll(senders);
        await _system.StartSiloAsync();

        var board = (await ingest.GetFromJsonAsync<BoardSnapshot>("/api/snapshot", TestContext.Current.CancellationToken))!;
        board.City.Received.ShouldBeGreaterThanOrEqualTo(acknowledged.Count);
        foreach (var e in acknowledged.Take(200))
        {
            var again = await ingest.PostAsJsonAsync("/api/requests", e, TestContext.Current.CancellationToken);
            again.StatusCode.ShouldBe(HttpStatusCode.OK, $"{e.ServiceRequestId} was acknowledged, so it must be known");
        }
        var after = (await ingest.GetFromJsonAsync<BoardSnapshot>("/api/snapshot", TestContext.Current.CancellationToken))!;
        after.City.Received.ShouldBe(board.City.Received, "re-sending acknowledged events counts nothing twice");
    }

    [Fact]
    public async Task TheBoardIsPushingCorrectNumbersAgainWithin30SecondsOfASiloCrash()
    {
        var latest = new ConcurrentQueue<CityFrame>();
        await using var hub = RunningSystem.Hub(_system.DashboardUrl).WithAutomaticReconnect().Build();
        hub.On<CityFrame>(nameof(IOpsClient.CityChanged), latest.Enqueue);
        await hub.StartAsync(TestContext.Current.CancellationToken);
        await hub.InvokeAsync<CityFrame?>(OpsHubMethods.Join, OpsGroups.City, TestContext.Current.CancellationToken);
        using var ingest = _system.CreateIngestClient();

        await _system.KillSiloAsync();
        await _system.StartSiloAsync();
        var restartedAt = DateTime.UtcNow;
        var ack = (await (await ingest.PostAsJsonAsync("/api/requests", HubTests.NewEvent("after-crash", "Police Department"), TestContext.Current.CancellationToken))
            .Content.ReadFromJsonAsync<IngestAnswer>(TestContext.Current.CancellationToken))!;

        while (!latest.Any(s => s.Sequence >= ack.Sequence))
        {
            (DateTime.UtcNow - restartedAt).ShouldBeLessThan(TimeSpan.FromSeconds(30), $"the dashboard did not recover by itself. Logs:\n{_system.Logs[^Math.Min(_system.Logs.Length, 12_000)..]}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        latest.Last().City.Received.ShouldBe(1);
    }

    public ValueTask InitializeAsync() => _system.InitializeAsync();

    public ValueTask DisposeAsync() => _system.DisposeAsync();
}
