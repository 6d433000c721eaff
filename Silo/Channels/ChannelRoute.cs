namespace Philly311.Ops.Silo.Channels;

/// <summary>The provider a delivery goes to and the adapter that speaks to it.</summary>
public sealed record ChannelRoute(string ProviderName, ProviderOptions Provider, IChannelAdapter Adapter);
