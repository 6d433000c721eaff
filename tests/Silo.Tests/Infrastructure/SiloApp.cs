using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Infrastructure;

/// <summary>
/// The real silo host (ingest API + Orleans silo) on a real Redis. Each app gets its own counter key
/// prefix and cluster id, so test classes share one Redis without seeing each other's counts.
/// </summary>
public sealed class SiloApp(RedisServer redis, string? keyPrefix = null) : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-ingest-key";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string KeyPrefix { get; } = keyPrefix ?? $"t{Guid.NewGuid():N}:"[..10];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:redis", redis.ConnectionString);
        builder.UseSetting("Ingest:ApiKey", ApiKey);
        builder.UseSetting("Counters:KeyPrefix", KeyPrefix);
        builder.UseSetting("Orleans:ClusterId", "test-" + KeyPrefix.TrimEnd(':'));
        builder.UseSetting("Orleans:SiloPort", RedisServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", RedisServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public HttpClient CreateIngestClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    public async Task<BoardSnapshot> SnapshotAsync()
    {
        using var client = CreateIngestClient();
        return (await client.GetFromJsonAsync<BoardSnapshot>("/api/snapshot", Json, TestContext.Current.CancellationToken))!;
    }
}
