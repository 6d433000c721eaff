using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Philly311.Ops.ServiceDefaults.Cluster;

/// <summary>Every failure names the setting to fix, in the form an operator types it (env var: replace ':' by '__').</summary>
public sealed class OpsClusterOptionsValidator : IValidateOptions<OpsClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, OpsClusterOptions options)
    {
        List<string> failures = [];
        if (string.IsNullOrWhiteSpace(options.RedisConnectionString))
        {
            failures.Add($"{OpsClusterOptions.RedisKey} is required (environment variable ConnectionStrings__redis), e.g. \"redis:6379\".");
        }
        else
        {
            var problem = RedisProblem(options.RedisConnectionString);
            if (problem is not null) failures.Add($"{OpsClusterOptions.RedisKey} is not a valid Redis connection string: {problem}");
        }
        if (string.IsNullOrWhiteSpace(options.ClusterId)) failures.Add($"{OpsClusterOptions.ClusterIdKey} is required.");
        if (string.IsNullOrWhiteSpace(options.ServiceId)) failures.Add($"{OpsClusterOptions.ServiceIdKey} is required.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? RedisProblem(string connectionString)
    {
        try
        {
            return ConfigurationOptions.Parse(connectionString).EndPoints.Count == 0 ? "it names no host:port" : null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }
}
