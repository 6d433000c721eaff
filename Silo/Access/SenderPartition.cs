using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Access;

/// <summary>
/// Which bucket a request draws from. The configured key gets its own; a missing or wrong key draws from a bucket of
/// its remote address, so a flood of made-up keys can neither create a bucket per guess nor use a real sender's.
/// The limiter runs before <see cref="ApiKeyFilter"/>, which still answers 401 for a wrong key.
/// </summary>
public sealed class SenderPartition(IOptions<IngestOptions> options)
{
    public const string KeyedPrefix = "key:";
    public const string UnkeyedPrefix = "unkeyed:";

    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.ApiKey);

    // The partition name stays in memory only; it is a fingerprint so not even a heap dump shows the key.
    private readonly string _keyed = KeyedPrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.ApiKey)))[..16];

    public string Of(HttpContext context)
    {
        var sent = context.Request.Headers[ApiKeyFilter.Header].ToString();
        if (_key.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), _key)) return _keyed;
        return UnkeyedPrefix + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
