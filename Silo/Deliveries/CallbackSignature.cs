using System.Security.Cryptography;
using System.Text;

namespace Philly311.Ops.Silo.Deliveries;

/// <summary>
/// <c>X-Signature: sha256=&lt;hex&gt;</c>, the HMAC-SHA256 of the raw body under the provider's secret. Compared in
/// constant time, so a forger learns nothing from how long a wrong signature takes to refuse.
/// </summary>
public static class CallbackSignature
{
    public const string Header = "X-Signature";
    public const string ProviderHeader = "X-Provider";
    private const string Scheme = "sha256=";

    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static bool Verify(ReadOnlySpan<byte> body, string secret, string? signature)
    {
        if (string.IsNullOrEmpty(secret) || signature is null || !signature.StartsWith(Scheme, StringComparison.Ordinal)) return false;
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        Span<byte> sent = stackalloc byte[32];
        var hex = signature.AsSpan(Scheme.Length);
        if (hex.Length != 64 || Convert.FromHexString(hex, sent, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32) return false;
        return CryptographicOperations.FixedTimeEquals(expected, sent);
    }
}
