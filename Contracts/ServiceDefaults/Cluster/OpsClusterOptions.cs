using StackExchange.Redis;

namespace Philly311.Ops.ServiceDefaults.Cluster;

/// <summary>
/// Where this deployment's Redis is and which Orleans cluster it forms: the settings every process needs,
/// read in one place (see <see cref="OpsClusterOptionsSetup"/>) and validated when the host starts.
/// </summary>
public sealed class OpsClusterOptions
{
    public const string RedisKey = "ConnectionStrings:redis";
    public const string ClusterIdKey = "Orleans:ClusterId";
    public const string ServiceIdKey = "Orleans:ServiceId";

    public string RedisConnectionString { get; set; } = "";

    public string ClusterId { get; set; } = "";

    public string ServiceId { get; set; } = "";

    /// <summary>
    /// A fresh copy of the parsed connection string for one client (ours or one of Orleans'): callers may
    /// change their copy. <c>AbortOnConnectFail</c> is off so a client made while Redis is down keeps
    /// retrying instead of throwing.
    /// </summary>
    public ConfigurationOptions CreateRedisConfiguration()
    {
        var options = ConfigurationOptions.Parse(RedisConnectionString);
        options.AbortOnConnectFail = false;
        return options;
    }
}
