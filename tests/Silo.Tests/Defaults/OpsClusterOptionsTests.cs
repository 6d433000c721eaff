using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Philly311.Ops.ServiceDefaults;
using Philly311.Ops.ServiceDefaults.Cluster;

namespace Philly311.Ops.Silo.Tests.Defaults;

public sealed class OpsClusterOptionsTests
{
    [Fact]
    public void DevelopmentFillsInTheLocalDefaults()
    {
        using var host = Build(Environments.Development, []);

        var options = host.Services.GetRequiredService<IOptions<OpsClusterOptions>>().Value;

        options.RedisConnectionString.ShouldBe("127.0.0.1:6379");
        options.ClusterId.ShouldBe("philly311");
        options.ServiceId.ShouldBe("philly311-ops");
    }

    [Fact]
    public void ProductionWithoutARedisConnectionStringFailsNamingTheSetting()
    {
        using var host = Build(Environments.Production, new() { ["Orleans:ClusterId"] = "c", ["Orleans:ServiceId"] = "s" });

        var failure = Should.Throw<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<OpsClusterOptions>>().Value);

        failure.Message.ShouldContain("ConnectionStrings:redis is required");
        failure.Failures.Count().ShouldBe(1);
    }

    [Fact]
    public async Task ProductionWithoutARedisConnectionStringDoesNotStart()
    {
        using var host = Build(Environments.Production, new() { ["Orleans:ClusterId"] = "c", ["Orleans:ServiceId"] = "s" });

        var failure = await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        failure.Message.ShouldContain("ConnectionStrings:redis");
    }

    [Fact]
    public void ProductionTakesWhatItIsGivenAndTheRedisCopyKeepsRetrying()
    {
        using var host = Build(Environments.Production, new()
        {
            ["ConnectionStrings:redis"] = "redis-a:6380,connectTimeout=1234,password=not-a-real-secret",
            ["Orleans:ClusterId"] = "prod",
            ["Orleans:ServiceId"] = "ops",
        });

        var options = host.Services.GetRequiredService<IOptions<OpsClusterOptions>>().Value;
        var redis = options.CreateRedisConfiguration();

        options.ClusterId.ShouldBe("prod");
        options.ServiceId.ShouldBe("ops");
        redis.EndPoints.Single().ToString().ShouldBe("Unspecified/redis-a:6380");
        redis.ConnectTimeout.ShouldBe(1234);
        redis.AbortOnConnectFail.ShouldBeFalse();
        options.CreateRedisConfiguration().ShouldNotBeSameAs(redis);
    }

    [Theory]
    [InlineData("", "c", "s", "ConnectionStrings:redis is required")]
    [InlineData("nonsense=1", "c", "s", "ConnectionStrings:redis is not a valid Redis connection string")]
    [InlineData("abortConnect=false", "c", "s", "names no host:port")]
    [InlineData("redis:6379", "", "s", "Orleans:ClusterId is required")]
    [InlineData("redis:6379", "c", " ", "Orleans:ServiceId is required")]
    public void TheValidatorNamesWhatIsWrong(string redis, string clusterId, string serviceId, string expected)
    {
        var options = new OpsClusterOptions { RedisConnectionString = redis, ClusterId = clusterId, ServiceId = serviceId };

        var result = new OpsClusterOptionsValidator().Validate(null, options);

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain(expected);
    }

    private static IHost Build(string environment, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddOpsDefaults();
        return builder.Build();
    }
}
