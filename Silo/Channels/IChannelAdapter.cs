namespace Philly311.Ops.Silo.Channels;

/// <summary>
/// Sends one message through one kind of provider. Every adapter refuses an exercise message to a non-sandbox provider
/// before any I/O, whatever the routing said, and passes the idempotency key so the provider can drop a resend.
/// </summary>
public interface IChannelAdapter
{
    ProviderKind Kind { get; }

    /// <exception cref="ChannelFailure">The provider refused or could not be reached.</exception>
    Task<ChannelAnswer> SendAsync(ChannelMessage message, string providerName, ProviderOptions provider, CancellationToken cancellationToken);
}
