using Philly311.Ops.Contracts.Naming;

namespace Philly311.Ops.Silo.Normalization;

/// <summary>
/// Maps <c>service_name</c> / <c>service_code</c> to a request type. The name is preferred: it is what the city's
/// public data always carries and what a director reads ("Snow Emergency Parking"); a code alone ("SR-ST02") still
/// gets its own entry. Neither → "Unknown", so every dimension still sums to the city total.
/// </summary>
public static class ServiceCatalog
{
    public const string UnknownCode = "unknown";

    public static ServiceType Unknown { get; } = new(UnknownCode, "Unknown");

    public static ServiceType Resolve(string? serviceName, string? serviceCode)
    {
        var name = serviceName?.Trim();
        if (!string.IsNullOrEmpty(name) && name.Any(char.IsLetterOrDigit)) return new(KeySlug.From(name, "type-"), name);
        var code = serviceCode?.Trim();
        if (!string.IsNullOrEmpty(code) && code.Any(char.IsLetterOrDigit)) return new(KeySlug.From(code, "type-"), code);
        return Unknown;
    }
}
