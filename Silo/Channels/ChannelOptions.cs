using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Silo.Channels;

/// <summary>
/// Providers by name, and which provider serves each channel for real events (<see cref="Live"/>) and for exercises
/// (<see cref="Exercise"/>, sandbox providers only). Secrets come from configuration only.
/// </summary>
public sealed class ChannelOptions
{
    public const string Section = "Channels";

    /// <summary>Where providers send status callbacks (the load balancer in front of the silos); empty = each silo's own address.</summary>
    public string CallbackUrl { get; set; } = "";

    public Dictionary<string, ProviderOptions> Providers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Channel name (<see cref="PushChannel"/>) → provider name, for real events.</summary>
    public Dictionary<string, string> Live { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Channel name → provider name, for exercises: every one must be a sandbox provider.</summary>
    public Dictionary<string, string> Exercise { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool Configured => Providers.Count > 0;
}
