using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Silo.Channels;

/// <summary>Picks the provider of a channel: the exercise routes (sandboxes only) for a drill, the live ones otherwise.</summary>
public sealed class ChannelRouter(IOptions<ChannelOptions> options, IEnumerable<IChannelAdapter> adapters)
{
    private readonly IChannelAdapter[] _adapters = [.. adapters];

    public ChannelOptions Options => options.Value;

    public ChannelRoute? Find(PushChannel channel, bool exercise)
    {
        var routes = exercise ? options.Value.Exercise : options.Value.Live;
        if (!routes.TryGetValue(channel.ToString(), out var name) || !options.Value.Providers.TryGetValue(name, out var provider)) return null;
        var adapter = _adapters.FirstOrDefault(a => a.Kind == provider.Kind);
        return adapter is null ? null : new ChannelRoute(name, provider, adapter);
    }

    public ProviderOptions? Provider(string name) => options.Value.Providers.GetValueOrDefault(name);
}
