using Philly311.Ops.Contracts.Push;

namespace Philly311.Ops.Silo.Channels;

/// <summary>What one delivery hands to a provider. <see cref="Body"/> already starts with "EXERCISE" for a drill.</summary>
public sealed record ChannelMessage(
    string DeliveryId,
    string IdempotencyKey,
    string EventId,
    PushChannel Channel,
    string Language,
    string Title,
    string Body,
    bool Exercise,
    string CallbackUrl);
