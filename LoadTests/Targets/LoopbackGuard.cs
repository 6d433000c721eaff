using System.Net;
using Philly311.Ops.LoadTests.Cli;

namespace Philly311.Ops.LoadTests.Targets;

/// <summary>This tool generates load: it only ever points at this machine.</summary>
internal static class LoopbackGuard
{
    public static Uri Require(string url, string option)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new UsageException($"{option} '{url}' is not an http(s) URL.");
        if (!IsLoopback(uri)) throw new UsageException($"{option} '{url}' is not on this machine: load runs only against 127.0.0.1/localhost.");
        return uri;
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
