using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Philly311.Ops.ServiceDefaults.Cluster;
using Philly311.Ops.ServiceDefaults.Redis;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Tests.Defaults;

[Collection(RedisCollection.Name)]
public sealed class RedisHealthCheckTests(RedisServer redis)
{
    [Fact]
    public async Task ARedisThatAnswersIsHealthy()
    {
        await using var connection = await StartAsync($"127.0.0.1:{redis.Port}");

        var result = await new RedisHealthCheck(connection).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        result.Status.ShouldBe(HealthStatus.Healthy);
    }

    [Fact]
    public async Task ARedisThatIsNotThereIsUnhealthyAndTheHostStillStarts()
    {
        await using var connection = await StartAsync($"127.0.0.1:{RedisServer.FreePort()},connectTimeout=300");

        var result = await new RedisHealthCheck(connection).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        connection.Multiplexer.ShouldNotBeNull();
        result.Status.ShouldBe(HealthStatus.Unhealthy);
    }

    [Fact]
    public async Task ARedisTimeoutIsUnhealthyNotAnException()
    {
        // asyncTimeout below the check's own 2 s wait: the client itself gives up, with RedisTimeoutException.
        await using var connection = await StartAsync($"127.0.0.1:{redis.Port},asyncTimeout=300");
        await redis.Database.ExecuteAsync("CLIENT", "PAUSE", "1500", "ALL");

        var result = await new RedisHealthCheck(connection).CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        result.Status.ShouldBe(HealthStatus.Unhealthy);
        result.Exception.ShouldBeOfType<RedisTimeoutException>();
        // The Redis is shared with the collection's other classes: let the pause run out before they go on.
        await Task.Delay(1600, TestContext.Current.CancellationToken);
    }

    [Fact]
    public void TheMultiplexerCannotBeHadBeforeTheHostStarts()
    {
        var connection = new RedisConnection(Options.Create(new OpsClusterOptions { RedisConnectionString = $"127.0.0.1:{redis.Port}" }), NullLogger<RedisConnection>.Instance);

        connection.Multiplexer.ShouldBeNull();
        Should.Throw<InvalidOperationException>(() => connection.RequiredMultiplexer).Message.ShouldContain("before the host started");
    }

    private static async Task<RedisConnection> StartAsync(string connectionString)
    {
        var connection = new RedisConnection(Options.Create(new OpsClusterOptions { RedisConnectionString = connectionString }), NullLogger<RedisConnection>.Instance);
        await connection.StartingAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
