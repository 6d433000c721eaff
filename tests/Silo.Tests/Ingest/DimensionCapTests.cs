using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Silo.Counters;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Ingest;

/// <summary>Past the cap a new unknown agency counts under "Unassigned" and a new request type under "Other": never dropped.</summary>
[Collection(RedisCollection.Name)]
public sealed class DimensionCapTests(RedisServer redis) : IAsyncLifetime
{
    private readonly SiloApp _silo = new(redis);
    private WebApplicationFactory<Program> _app = null!;
    private HttpClient _client = null!;

    [Fact]
    public async Task PastTheCapNewAgenciesAreUnassignedNewTypesAreOtherAndEverySumStillEqualsTheCity()
    {
        for (var i = 0; i < 8; i++)
        {
            var e = Events.Valid($"cap-{i}", agency: $"Junk Agency {i}").With("service_name", $"Junk Type {i}");
            (await _client.PostAsync("/api/requests", new StringContent(e.ToJsonString(), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken))
                .StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }
        var again = Events.Valid("cap-again", agency: "Junk Agency 0").With("service_name", "Junk Type 0");
        await _client.PostAsync("/api/requests", new StringContent(again.ToJsonString(), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        var board = await SnapshotAsync();

        board.City.Received.ShouldBe(9);
        board.Departments.Count(d => d.Name.StartsWith("Junk Agency", StringComparison.Ordinal)).ShouldBe(3);
        board.Departments.Single(d => d.Key == "unassigned").Received.ShouldBe(5);
        board.Departments.Single(d => d.Name == "Junk Agency 0").Received.ShouldBe(2, "a code already known keeps counting in its own entry");
        board.Departments.Sum(d => d.Received).ShouldBe(board.City.Received);
        board.Services!.Count(s => s.Name.StartsWith("Junk Type", StringComparison.Ordinal)).ShouldBe(2);
        board.Services!.Single(s => s.Key == "other").Received.ShouldBe(6);
        board.Services!.Sum(s => s.Received).ShouldBe(board.City.Received);
    }

    [Fact]
    public async Task TheCapCountsDepartmentsOtherSilosAlreadyCountedFromRedis()
    {
        // As if other silos had counted three unknown agencies: their codes are in the figure versions hash.
        await using var other = new SiloApp(redis);
        var versions = new CounterKeys(other.KeyPrefix).Versions;
        foreach (var code in new[] { "elsewhere-1", "elsewhere-2", "elsewhere-3" }) await redis.Database.HashSetAsync(versions, "dept:" + code, 1);
        await using var fresh = other.WithWebHostBuilder(b => b.UseSetting("Ingest:MaxDepartments", "3"));
        using var client = fresh.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", SiloApp.ApiKey);

        var e = Events.Valid("shared-1", agency: "Brand New Agency");
        (await client.PostAsync("/api/requests", new StringContent(e.ToJsonString(), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var board = (await client.GetFromJsonAsync<BoardSnapshot>("/api/snapshot", SiloApp.Json, TestContext.Current.CancellationToken))!;
        board.Departments.ShouldNotContain(d => d.Name == "Brand New Agency");
        board.Departments.Single(d => d.Key == "unassigned").Received.ShouldBe(1);
    }

    private async Task<BoardSnapshot> SnapshotAsync() =>
        (await _client.GetFromJsonAsync<BoardSnapshot>("/api/snapshot", SiloApp.Json, TestContext.Current.CancellationToken))!;

    public ValueTask InitializeAsync()
    {
        _app = _silo.WithWebHostBuilder(b =>
        {
            b.UseSetting("Ingest:MaxDepartments", "3");
            b.UseSetting("Ingest:MaxRequestTypes", "2");
        });
        _client = _app.CreateClient();
        _client.DefaultRequestHeaders.Add("X-Api-Key", SiloApp.ApiKey);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _silo.DisposeAsync();
    }
}
