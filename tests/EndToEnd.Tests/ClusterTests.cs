using System.Net;
using System.Net.Http.Json;
using Philly311.Ops.Contracts.Board;

namespace Philly311.Ops.EndToEnd.Tests;

/// <summary>Several silos on one Redis are one Orleans cluster, and any of them takes requests into the same counters.</summary>
public sealed class ClusterTests : IAsyncLifetime
{
    private readonly RunningSystem _system = new();

    [Fact]
    public async Task TwoSilosOnOneRedisFormOneClusterAndShareTheCounters()
    {
        var second = await _system.StartAnotherSiloAsync();

        // Orleans' Redis membership table: one hash per service and cluster, one field per silo; status 3 = Active.
        var members = await _system.Redis.Database.HashGetAllAsync($"philly311-ops/members/{_system.ClusterId}");
        var active = members.Where(m => m.Name.ToString() != "Version" && m.Value.ToString().Contains("\"Status\":3", StringComparison.Ordinal)).ToList();
        active.Count.ShouldBe(2, string.Join("\n", members.Select(m => m.Value.ToString())));

        using var viaSecond = new HttpClient { BaseAddress = new Uri(second) };
        viaSecond.DefaultRequestHeaders.Add("X-Api-Key", RunningSystem.ApiKey);
        var response = await viaSecond.PostAsJsonAsync("/api/requests", HubTests.NewEvent("second-silo", "Fire Department"), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);

        using var viaFirst = _system.CreateIngestClient();
        var board = (await viaFirst.GetFromJsonAsync<BoardSnapshot>("/api/snapshot", TestContext.Current.CancellationToken))!;
        board.Departments.Single(d => d.Key == "fire").Received.ShouldBe(1);
    }

    public ValueTask InitializeAsync() => _system.InitializeAsync();

    public ValueTask DisposeAsync() => _system.DisposeAsync();
}
