using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Philly311.Ops.ServiceDefaults;
using Philly311.Ops.ServiceDefaults.Cluster;
using Philly311.Ops.ServiceDefaults.Redis;

namespace Philly311.Ops.Silo.Tests.Defaults;

/// <summary>Outside Development, a Redis off this host without a password stops the start, naming the setting and the fix.</summary>
public sealed class RedisPasswordValidatorTests
{
    [Theory]
    [InlineData("redis:6379", "redis:6379")]
    [InlineData("10.0.4.7:6379,connectTimeout=2000", "10.0.4.7:6379")]
    [InlineData("127.0.0.1:6380,redis.internal:6379", "redis.internal:6379")]
    public void ARemoteRedisWithoutAPasswordFailsInProduction(string connectionString, string named)
    {
        var result = Validate(Environments.Production, connectionString);

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain($"ConnectionStrings:redis points at {named}");
        result.FailureMessage.ShouldContain("password=");
    }

    [Theory]
    [InlineData("Production", "redis:6379,password=from-a-secret")]
    [InlineData("Production", "127.0.0.1:6380")]
    [InlineData("Production", "localhost:6379")]
    [InlineData("Production", "[::1]:6379")]
    [InlineData("Development", "redis:6379")]
    public void APasswordOrALoopbackRedisOrDevelopmentPasses(string environment, string connectionString) =>
        Validate(environment, connectionString).Succeeded.ShouldBeTrue();

    [Fact]
    public async Task AProductionHostWithAnOpenRemoteRedisDoesNotStart()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:redis"] = "redis.ops.svc:6379",
            ["Orleans:ClusterId"] = "c",
            ["Orleans:ServiceId"] = "s",
        });
        builder.AddOpsDefaults();
        using var host = builder.Build();

        var failure = await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        failure.Message.ShouldContain("redis.ops.svc:6379, off this host, without a password");
    }

    private static ValidateOptionsResult Validate(string environment, string connectionString) =>
        new RedisPasswordValidator(new HostingEnvironment { EnvironmentName = environment })
            .Validate(null, new OpsClusterOptions { RedisConnectionString = connectionString, ClusterId = "c", ServiceId = "s" });
}
