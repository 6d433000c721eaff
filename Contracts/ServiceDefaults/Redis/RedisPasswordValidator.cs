using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Philly311.Ops.ServiceDefaults.Cluster;
using StackExchange.Redis;

namespace Philly311.Ops.ServiceDefaults.Redis;

/// <summary>
/// Outside Development a Redis reached over the network must ask for a password: it holds every acknowledged event and
/// the cluster's membership, and an open one lets anyone on its network rewrite both. Loopback (127.0.0.0/8, ::1,
/// localhost) and Unix sockets stay local to the host and may go without. The message names the setting and the fix.
/// </summary>
public sealed class RedisPasswordValidator(IHostEnvironment environment) : IValidateOptions<OpsClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, OpsClusterOptions options)
    {
        if (environment.IsDevelopment() || string.IsNullOrWhiteSpace(options.RedisConnectionString)) return ValidateOptionsResult.Success;
        ConfigurationOptions parsed;
        try
        {
            parsed = ConfigurationOptions.Parse(options.RedisConnectionString);
        }
        catch (ArgumentException)
        {
            // OpsClusterOptionsValidator reports a connection string that does not parse.
            return ValidateOptionsResult.Success;
        }
        if (!string.IsNullOrEmpty(parsed.Password)) return ValidateOptionsResult.Success;
        var remote = parsed.EndPoints.Where(e => !IsLocal(e)).Select(Describe).ToList();
        if (remote.Count == 0) return ValidateOptionsResult.Success;
        return ValidateOptionsResult.Fail(
            $"{OpsClusterOptions.RedisKey} points at {string.Join(", ", remote)}, off this host, without a password: in {environment.EnvironmentName} " +
            "add password=... (e.g. \"redis:6379,password=<secret>\", from a secret, environment variable ConnectionStrings__redis) " +
            "and start Redis with requirepass; only a loopback Redis may go without.");
    }

    public static bool IsLocal(EndPoint endpoint) => endpoint switch
    {
        IPEndPoint ip => IPAddress.IsLoopback(ip.Address),
        DnsEndPoint dns => string.Equals(dns.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(dns.Host, out var address) && IPAddress.IsLoopback(address)),
        System.Net.Sockets.UnixDomainSocketEndPoint => true,
        _ => false,
    };

    private static string Describe(EndPoint endpoint) => endpoint is DnsEndPoint dns ? $"{dns.Host}:{dns.Port}" : endpoint.ToString() ?? "?";
}
