using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Silo.Channels;

/// <summary>Picks the provider of a channel: the exercise routes (sandboxes only) for a drill, the live ones otherwise.</summary>
public sealed class ChannelRouter(IOptions<ChannelOptions> options, IEnumerable<IChannelAdapter> adapters, IServer server)
{
    private readonly IChannelAdapter[] _adapters = [.. adapters];

    public ChannelOptions Options => options.Value;

    /// <summary>Where providers call back: <see cref="ChannelOptions.CallbackUrl"/>, else this silo's own first HTTP address.</summary>
    public string CallbackUrl => options.Value.CallbackUrl is { Length: > 0 } configured ? configured
        : server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? "";

    public ChannelRoute? Find(PushChannel channel, bool exercise)
    {
        var routes = exercise ? options.Value.Exercise : options.Value.Live;
        if (!routes.TryGetValue(channel.ToString(), out var name) || !options.Value.Providers.TryGetValue(name, out var provider)) return null;
        var adapter = _adapters.FirstOrDefault(a => a.Kind == provider.Kind);
        return adapter is null ? null : new ChannelRoute(name, provider, adapter);
    }

    public ProviderOptions? Provider(string name) => options.Value.Providers.GetValueOrDefault(name);
}
